import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  SERVICE_TYPES,
  ST_LOUIS_INVENTORY_2022 as figure1,
  checkResourceGuide,
  inventoryFromCounts,
  inventoryGaps,
  parseResourceGuide,
  searchResources,
  serviceInventory,
  type Provider,
  type ResourceGuide,
} from '../src/reports.js';

const example = JSON.parse(
  readFileSync(new URL('../data/examples/missouri-resource-guide.json', import.meta.url), 'utf8'),
) as unknown;
const guide = parseResourceGuide(example, 'missouri-resource-guide.json');
const names = (providers: Provider[]) => providers.map((p) => p.name);

/** A guide whose providers each offer one service, `counts[c][t]` of them located in county c (serving a neighbour too). */
function guideFromCounts(counties: readonly string[], counts: readonly (readonly number[])[]): ResourceGuide {
  const providers = counts.flatMap((row, c) =>
    row.flatMap((n, t) =>
      Array.from({ length: n }, (_, k) => ({
        id: `p-${c}-${t}-${k}`,
        name: `Provider ${c}.${t}.${k}`,
        locatedIn: counties[c]!,
        serves: [counties[(c + 1) % counties.length]!],
        statewide: k === 0 && t === 0,
        services: [SERVICE_TYPES[t]!.id],
        contact: { phone: '555-0100' },
        languages: [],
      })),
    ),
  );
  return parseResourceGuide({ format: 'cate-resource-guide@1', title: 'test', counties, providers });
}

describe('the synthetic example guide', () => {
  it('checkResourceGuide(example) passes, and the data says it is synthetic', () => {
    const { problems } = checkResourceGuide(example);
    expect(problems).toEqual([]);
    expect(guide.synthetic).toBe(true);
    expect(guide.notice).toMatch(/SYNTHETIC/);
    for (const p of guide.providers) expect(p.name).toMatch(/\(example\)$/);
  });
});

describe('checkResourceGuide(input)', () => {
  it('checkResourceGuide(input) locates a misspelt service type, a county not in the guide and a duplicate id, with suggestions', () => {
    const bad = structuredClone(example) as { providers: Array<Record<string, unknown>> };
    bad.providers[0]!.services = ['counseling', 'lega'];
    bad.providers[1]!.locatedIn = 'St Louis City';
    const { guide: none, problems } = checkResourceGuide(bad, 'guide.json');
    expect(none).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        where: { file: 'guide.json', path: 'providers[0].services[1]' },
        message: expect.stringContaining('did you mean "legal"'),
      }),
    ]);
    // Shape problems come first; once the shape is right, the cross-references are checked.
    bad.providers[0]!.services = ['legal'];
    bad.providers[2]!.id = bad.providers[3]!.id;
    const second = checkResourceGuide(bad);
    expect(second.problems.map((p) => [p.code, p.where.path])).toEqual([
      ['unknown-county', 'providers[1].locatedIn'],
      ['duplicate-id', 'providers[3].id'],
    ]);
    expect(second.problems[0]!.message).toContain('did you mean "St. Louis City"');
  });

  it('checkResourceGuide(input) warns about a provider with no way to make contact, and still accepts the guide', () => {
    const quiet = structuredClone(example) as { providers: Array<Record<string, unknown>> };
    quiet.providers[0]!.contact = {};
    const { guide: ok, problems } = checkResourceGuide(quiet);
    expect(ok).toBeDefined();
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'no-contact', where: { path: 'providers[0].contact' } }),
    ]);
  });

  it('checkResourceGuide(input) says what it expected of a wrong format or a missing field', () => {
    const { problems } = checkResourceGuide({ format: 'other', title: 'x', counties: [], providers: [{}] });
    const byPath = Object.fromEntries(problems.map((p) => [p.where.path, p.message]));
    expect(byPath['format']).toContain('cate-resource-guide@1');
    expect(byPath['counties']).toContain('at least one county');
    expect(byPath['providers[0].name']).toMatch(/missing/);
    expect(() => parseResourceGuide({})).toThrow(/Invalid resource guide/);
  });
});

describe('searchResources(guide, query)', () => {
  it('searchResources(guide, { county }) finds providers located in, serving, or statewide for the county, local ones first', () => {
    const found = searchResources(guide, { county: 'Franklin' });
    expect(names(found)[0]).toBe('Washington Avenue Workforce Center (example)');
    expect(names(found)).toContain('Riverfront Legal Aid Project (example)'); // serves Franklin from St. Louis City
    expect(names(found)).toContain('Show-Me Statewide Helpline (example)'); // statewide
    expect(names(found)).not.toContain('Kansas City Freedom Network (example)');
  });

  it('searchResources(guide, { county, service }) combines both filters', () => {
    expect(names(searchResources(guide, { county: 'Pulaski', service: 'food-pantry' }))).toEqual([
      'Ozarks Open Door (example)',
    ]);
  });

  it('searchResources(guide, { text }) matches every word, ignoring case and accents', () => {
    expect(names(searchResources(guide, { text: 'espanol TRAINING' }))).toEqual([
      'Mid-Missouri Anti-Trafficking Alliance (example)',
    ]);
    expect(names(searchResources(guide, { text: 'legal services kansas' }))).toEqual([
      'Kansas City Freedom Network (example)',
    ]);
    expect(searchResources(guide, { text: 'nothing-like-this' })).toEqual([]);
    expect(searchResources(guide, { text: '  ' }).length).toBe(guide.providers.length);
  });
});

describe('serviceInventory(guide)', () => {
  it('inventoryFromCounts(figure 1 cells) reproduces every published row total, column total and the 198 grand total', () => {
    const inventory = inventoryFromCounts(figure1.counties, figure1.serviceTypes, figure1.counts);
    expect(inventory.countyTotals).toEqual(figure1.countyTotals);
    expect(inventory.serviceTotals).toEqual(figure1.serviceTotals);
    expect(inventory.total).toBe(figure1.total);
    expect(inventory.counts[0]![inventory.counts[0]!.length - 1]).toBe(2);
  });

  it('serviceInventory(guide) reproduces figure 1 from a guide, counting each service only in the county where it is located', () => {
    const derived = serviceInventory(guideFromCounts(figure1.counties, figure1.counts));
    expect(derived.serviceTypes.map((t) => t.label)).toEqual([
      'Shelters (adult)',
      'Shelters/residential homes (youth)',
      'Legal services',
      'Language access/translation services',
      'Drop-in centers',
      'Counseling and therapy',
      'Substance use/addiction services',
      'Employment services',
      'Food pantries',
      'HT education/training options',
      'HT prevention information',
    ]);
    expect(derived.counts).toEqual(figure1.counts.map((row) => [...row]));
    expect(derived.countyTotals).toEqual(figure1.countyTotals);
    expect(derived.serviceTotals).toEqual(figure1.serviceTotals);
    expect(derived.total).toBe(198);
  });

  it('inventoryGaps(figure 1) finds the five of seven counties without language access, as the report says', () => {
    const gaps = inventoryGaps(inventoryFromCounts(figure1.counties, figure1.serviceTypes, figure1.counts));
    const language = gaps.find((g) => g.serviceType.id === 'language-access')!;
    expect(language.counties).toEqual(['Lincoln', 'Warren', 'Franklin', 'Jefferson', 'Washington']);
    expect(language.of).toBe(7);
    expect(gaps.every((g, i) => i === 0 || gaps[i - 1]!.counties.length >= g.counties.length)).toBe(true);
  });

  it('serviceInventory(guide) counts a provider offering three services as three offerings, once, in its own county', () => {
    const inventory = serviceInventory(guide);
    const row = inventory.counties.indexOf('Jackson');
    expect(inventory.countyTotals[row]).toBe(5);
    expect(inventory.countyTotals[inventory.counties.indexOf('Pulaski')]).toBe(0);
    expect(inventory.total).toBe(guide.providers.reduce((s, p) => s + p.services.length, 0));
  });

  it('inventoryFromCounts(counties, types, counts) rejects a grid of the wrong shape', () => {
    expect(() => inventoryFromCounts(['A'], SERVICE_TYPES, [[1, 2]])).toThrow(RangeError);
  });
});
