import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aggregateReport, cateTaxonomy, quartersBetween } from '../src/index.js';
import { generateSample, SAMPLE_NOTICE, sampleSubmissions } from '../src/sample/index.js';
import { sampleFiles } from '../src/sample/files.js';
import { smallTaxonomy } from './fixtures/aggregate/taxonomy.js';

const submissions = sampleSubmissions();
const sum = (o: Record<string, number> | undefined) => Object.values(o ?? {}).reduce((a, b) => a + b, 0);

describe('sample data', () => {
  it('generateSample is deterministic for a seed and differs between seeds', () => {
    expect(generateSample(cateTaxonomy, { seed: 5 })).toEqual(generateSample(cateTaxonomy, { seed: 5 }));
    expect(generateSample(cateTaxonomy, { seed: 5 })).not.toEqual(generateSample(cateTaxonomy, { seed: 6 }));
  });

  it('the committed sample files are exactly what the generator writes', () => {
    for (const [name, text] of Object.entries(sampleFiles())) {
      expect(readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8'), name).toBe(text);
    }
  });

  it('the committed JSON carries the synthetic-data notice', () => {
    const json = JSON.parse(readFileSync(new URL('../data/sample-submissions.json', import.meta.url), 'utf8'));
    expect(json.notice).toBe(SAMPLE_NOTICE);
    expect(SAMPLE_NOTICE).toMatch(/synthetic/i);
  });

  it('covers the eight members from 2024-Q1 to 2025-Q4, with a few organization-quarters missing', () => {
    const orgs = new Set(submissions.map((s) => s.organization));
    expect([...orgs].sort()).toEqual(cateTaxonomy.organizations.map((o) => o.id).sort());
    const quarters = new Set(submissions.map((s) => s.quarter));
    expect([...quarters].sort()).toEqual(quartersBetween('2024-Q1', '2025-Q4'));
    const possible = orgs.size * quarters.size;
    expect(submissions.length).toBeLessThan(possible);
    expect(submissions.length).toBeGreaterThan(possible * 0.85);
  });

  it('reports every section somewhere, and leaves some sections unreported by some organizations', () => {
    const tables = aggregateReport(cateTaxonomy, submissions);
    for (const section of cateTaxonomy.sections) {
      const table = tables.get(section.id)!;
      expect(
        table.counts.flat().some((n) => n !== null),
        section.id,
      ).toBe(true);
    }
    const partial = [...tables.values()].filter((t) => t.coverage.some((c) => c.reported < c.expected));
    expect(partial.length).toBeGreaterThan(cateTaxonomy.sections.length / 2);
  });

  it('single-select sections that cover all clients add up to each organization’s client count', () => {
    const client = cateTaxonomy.clientCountSection!;
    for (const s of submissions) {
      const clients = sum(s.counts[client]);
      for (const section of cateTaxonomy.sections.filter((x) => x.coversAllClients && x.id !== client)) {
        if (s.counts[section.id])
          expect(sum(s.counts[section.id]), `${s.organization} ${s.quarter} ${section.id}`).toBe(clients);
      }
    }
  });

  it('multi-select sections sometimes exceed the client count', () => {
    const client = cateTaxonomy.clientCountSection!;
    const exceeds = submissions.some((s) =>
      cateTaxonomy.sections.some((x) => x.multiSelect && s.counts[x.id] && sum(s.counts[x.id]) > sum(s.counts[client])),
    );
    expect(exceeds).toBe(true);
  });

  it('subset sections never exceed the clients of the section they are a subset of', () => {
    for (const s of submissions)
      for (const section of cateTaxonomy.sections.filter((x) => x.subsetOf && !x.multiSelect)) {
        if (s.counts[section.id])
          expect(sum(s.counts[section.id])).toBeLessThanOrEqual(sum(s.counts[section.subsetOf!]));
      }
  });

  it('has small coalition counts (1 or 2) for privacy to protect', () => {
    const cells = [...aggregateReport(cateTaxonomy, submissions).values()].flatMap((t) => t.counts.flat());
    expect(cells.filter((n) => n === 1 || n === 2).length).toBeGreaterThan(20);
  });

  it('organization sections answer 1 or 0 per organization', () => {
    for (const s of submissions)
      for (const section of cateTaxonomy.sections.filter((x) => x.unit.includes('organizations')))
        for (const n of Object.values(s.counts[section.id] ?? {})) expect([0, 1]).toContain(n);
  });

  it('generateSample works for a custom taxonomy', () => {
    const custom = generateSample(smallTaxonomy, { seed: 3, from: '2023-Q1', to: '2023-Q4' });
    expect(new Set(custom.map((s) => s.organization))).toEqual(new Set(['north', 'south', 'east']));
    for (const s of custom) if (s.counts.sex) expect(sum(s.counts.sex)).toBe(sum(s.counts.clients));
  });
});
