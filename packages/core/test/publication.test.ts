import { describe, expect, it } from 'vitest';
import {
  PUBLICATION_FORMAT,
  PublishError,
  DEFAULT_POLICY,
  aggregateReport,
  auditRelease,
  checkPublishedSeries,
  protectTables,
  serializeSeries,
  parseTaxonomy,
  publish,
  readPublication,
  selectQuarters,
  type PublicationDocument,
  type Submission,
  type Taxonomy,
} from '../src/index.js';
import { cateTaxonomy } from '../src/taxonomy/cate/index.js';
import { sampleSubmissions } from '../src/sample/index.js';

const created = '2026-03-13';
const submissions = sampleSubmissions();
const members = [...new Set(submissions.map((s) => s.organization))];
const first = publish({
  taxonomy: cateTaxonomy,
  submissions,
  quarters: { from: '2024-Q1', to: '2025-Q2' },
  release: { created, id: 'r1' },
});
const second = publish({
  taxonomy: cateTaxonomy,
  submissions,
  previous: [first.publication],
  release: { created, id: 'r2' },
});

function cellsOf(doc: PublicationDocument) {
  const out = new Map<string, { status: string; value?: number }>();
  for (const [id, s] of Object.entries(doc.sections))
    s.cells.forEach((row, q) =>
      row.forEach((cell, c) => out.set(`${id}/${s.quarters[q]}/${s.categories[c]!.id}`, cell)),
    );
  return out;
}

describe('publish', () => {
  it('publish(sample) writes one cate-publication@1 document with every section of the taxonomy', () => {
    const doc = second.publication;
    expect(doc.format).toBe(PUBLICATION_FORMAT);
    expect(Object.keys(doc.sections)).toEqual(cateTaxonomy.sections.map((s) => s.id));
    expect(doc.release).toMatchObject({ id: 'r2', created, from: '2024-Q1', to: '2025-Q4', previous: ['r1'] });
    for (const s of Object.values(doc.sections)) expect(s.quarters).toHaveLength(8);
  });

  it('publish holds no per-organization fact: no member id, no contributor or largest-count field', () => {
    const text = JSON.stringify(second.publication);
    for (const id of members) expect(text).not.toContain(`"${id}"`);
    for (const field of ['"contributors"', '"largest"', '"reporters"', '"organization"', '"value":1}', '"value":2}'])
      if (field.startsWith('"value"')) {
        // Protected sections publish no 1 or 2; organization sections (not about survivors) may.
        for (const [id, s] of Object.entries(second.publication.sections))
          if (s.unit === 'clients' || s.unit === 'service-uses')
            expect(JSON.stringify(s.cells), id).not.toContain(field);
      } else expect(text).not.toContain(field);
  });

  it('publish keeps the hidden values in the record only, and counts the cost of protection', () => {
    const { cost } = second.record;
    expect(cost.hiddenCells).toBe(second.record.sections.reduce((n, s) => n + s.cells.length, 0));
    expect(cost.hiddenCells).toBeGreaterThan(0);
    expect(Object.values(cost.byReason).reduce((a, b) => a + b, 0)).toBe(cost.hiddenCells);
    expect(cost.informationLoss).toBeGreaterThan(0);
    expect(cost.informationLoss).toBeLessThan(0.2);
  });

  it('publish keeps earlier decisions: published stays published with its value, hidden stays hidden', () => {
    const before = cellsOf(first.publication);
    const after = cellsOf(second.publication);
    let compared = 0;
    for (const [key, cell] of before) {
      if (cell.status === 'not-reported') continue;
      expect(after.get(key), key).toEqual(cell);
      compared++;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('publish refuses a changed past value and names the cell, unless revisions are allowed', () => {
    const revisedData: Submission[] = structuredClone(submissions);
    // A published cell of the first release: change one member's count in it.
    const [key] = [...cellsOf(first.publication)].find(
      ([k, c]) => c.status === 'value' && (c.value ?? 0) > 20 && k.startsWith('sex/'),
    )!;
    const [section, quarter, category] = key.split('/') as [string, string, string];
    const target = revisedData.find((s) => s.quarter === quarter && (s.counts[section]?.[category] ?? 0) > 0)!;
    target.counts[section]![category]! += 1;
    const run = (allowRevisions: boolean) =>
      publish({
        taxonomy: cateTaxonomy,
        submissions: revisedData,
        previous: [first.publication],
        allowRevisions,
        release: { created, id: 'r2b' },
      });
    let error: unknown;
    try {
      run(false);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PublishError);
    const problem = (error as PublishError).problems.find((p) => p.code === 'revised-value')!;
    expect(problem.message).toContain(`${section}, ${quarter}, "${category}"`);
    const allowed = run(true);
    expect(allowed.record.revised).toContainEqual(
      expect.objectContaining({ section, quarter, category, release: 'r1' }),
    );
    expect(allowed.publication.release.revised).toContainEqual({ section, quarter, category, release: 'r1' });
  });

  it('publish hides a quarter total that one member contributed all but a small part of (insider rule on totals)', () => {
    const taxonomy: Taxonomy = parseTaxonomy({
      id: 'tiny',
      name: 'Tiny',
      version: '1',
      introduction: [],
      areas: [{ id: 'a', title: 'A' }],
      organizations: [
        { id: 'big', name: 'Big' },
        { id: 'small', name: 'Small' },
      ],
      sections: [
        {
          id: 'age',
          title: 'Age',
          description: 'Age',
          area: 'a',
          unit: 'clients',
          multiSelect: false,
          notes: [],
          sources: [],
          categoriesFrom: { from: 'report' },
          categories: [
            { id: 'young', label: 'Young' },
            { id: 'old', label: 'Old' },
          ],
        },
      ],
    });
    const rows: Submission[] = [
      { organization: 'big', quarter: '2025-Q1', counts: { age: { young: 60, old: 50 } } },
      { organization: 'small', quarter: '2025-Q1', counts: { age: { young: 1, old: 0 } } },
      { organization: 'big', quarter: '2025-Q2', counts: { age: { young: 40, old: 45 } } },
      { organization: 'small', quarter: '2025-Q2', counts: { age: { young: 20, old: 30 } } },
    ] as Submission[];
    const { publication } = publish({ taxonomy, submissions: rows, release: { created } });
    const age = publication.sections['age']!;
    // 111 = 110 from Big + 1: Big would learn Small served 1 client. The total and the 61 must stay hidden.
    expect(age.quarterTotals?.[0]).toEqual({ status: 'suppressed' });
    expect(age.cells[0]![0]).toEqual({ status: 'suppressed' });
  });
});

describe('auditRelease', () => {
  it('auditRelease finds nothing in what publish released, over both releases', () => {
    expect(
      auditRelease({ taxonomy: cateTaxonomy, submissions, releases: [first.publication, second.publication] }),
    ).toEqual([]);
  });

  it('auditRelease catches the per-table protection that publish replaced (negative control)', () => {
    const tables = [...aggregateReport(cateTaxonomy, submissions).values()];
    const { series } = protectTables(tables);
    const perTable: PublicationDocument = structuredClone(second.publication);
    delete perTable.release.previous;
    for (const s of series) perTable.sections[s.section] = { ...perTable.sections[s.section]!, ...serializeSeries(s) };
    const findings = auditRelease({ taxonomy: cateTaxonomy, submissions, releases: [perTable] });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((f) => f.attacker !== 'outsider' && f.requirement === 'upper-at-least-k')).toBe(true);
  });
});

describe('views and reading', () => {
  it('selectQuarters(series, range) keeps the publication numbers and sums a range only over published cells', () => {
    const { sections } = readPublication(JSON.parse(JSON.stringify(second.publication)));
    for (const series of sections.values()) {
      const view = selectQuarters(series, { from: '2024-Q2', to: '2024-Q4' });
      expect(view.quarters).toEqual(['2024-Q2', '2024-Q3', '2024-Q4']);
      expect(view.cells).toEqual(series.cells.slice(1, 4));
      view.rangeTotals?.forEach((total, c) => {
        const column = view.cells.map((row) => row[c]!);
        if (column.some((x) => x.status === 'suppressed')) expect(total.status).toBe('suppressed');
        else if (total.status === 'value')
          expect(total.value).toBe(column.reduce((n, x) => n + (x.status === 'value' ? x.value : 0), 0));
      });
    }
  });

  it('readPublication(document) reads back every section and refuses one that shows a small count', () => {
    const json = JSON.parse(JSON.stringify(second.publication));
    expect(readPublication(json).problems).toEqual([]);
    const sex = json.sections.sex;
    const q = sex.cells.findIndex((row: Array<{ status: string }>) => row.some((c) => c.status === 'suppressed'));
    const c = sex.cells[q].findIndex((cell: { status: string }) => cell.status === 'suppressed');
    sex.cells[q][c] = { status: 'value', value: 1 };
    const read = readPublication(json);
    expect(read.publication).toBeUndefined();
    expect(read.problems.some((p) => p.severity === 'error' && p.where.path?.startsWith('sections.sex.cells'))).toBe(
      true,
    );
    expect(readPublication({ format: 'cate-aggregate@1' }).problems[0]!.code).toBe('unsupported-format');
  });

  it('checkPublishedSeries(series) refuses a hand-built series with a 2 in it, with the same check', () => {
    const { sections } = readPublication(JSON.parse(JSON.stringify(second.publication)));
    const sex = structuredClone(JSON.parse(JSON.stringify(sections.get('sex'))));
    expect(checkPublishedSeries(sex).problems.filter((p) => p.severity === 'error')).toEqual([]);
    sex.cells[0][0] = { status: 'value', value: 2 };
    const checked = checkPublishedSeries(sex);
    expect(checked.series).toBeUndefined();
    expect(checked.problems).toContainEqual(expect.objectContaining({ severity: 'error', code: 'below-threshold' }));
  });
});

describe('protection requirements in the policy', () => {
  it('publish with protection.insiders off hides fewer cells than the default, and says so in the document', () => {
    const outsiderOnly = publish({
      taxonomy: cateTaxonomy,
      submissions,
      policy: { ...DEFAULT_POLICY, protection: { interval: true, insiders: false } },
      release: { created },
    });
    const full = publish({ taxonomy: cateTaxonomy, submissions, release: { created } });
    expect(outsiderOnly.publication.policy.protection).toEqual({ interval: true, insiders: false });
    expect(full.publication.policy.protection).toEqual({ interval: true, insiders: true });
    expect(outsiderOnly.record.cost.hiddenCells).toBeLessThanOrEqual(full.record.cost.hiddenCells);
    // The default release passes the insiders' attack; the outsider-only one is audited with the same default.
    expect(auditRelease({ taxonomy: cateTaxonomy, submissions, releases: [full.publication] })).toEqual([]);
  });
});
