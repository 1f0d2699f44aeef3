import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateReport,
  aggregateReportIncrementally,
  aggregateSection,
  aggregateSectionIncrementally,
  type AggregateReportOptions,
  type AggregateTable,
} from '../src/index.js';
import { aggregateReportSteps } from '../src/aggregate/aggregate-report.js';
import { runSteps, type Steps } from '../src/submissions/incremental.js';
import { quartersBetween, type Quarter } from '../src/periods.js';
import type { Submission } from '../src/submissions/types.js';
import type { Taxonomy } from '../src/taxonomy/schema.js';
import { smallTaxonomy } from './fixtures/aggregate/taxonomy.js';

// Random datasets of the small taxonomy: members and an organization outside it, quarters with gaps, sections
// and categories missing or unknown, zeros and large counts.
const quarters = quartersBetween('2023-Q3', '2025-Q2');
const organizations = ['north', 'south', 'east', 'guest'];
const count = fc.oneof(fc.nat({ max: 12 }), fc.nat({ max: 100_000 }));
const answers = (ids: string[]) =>
  fc
    .subarray([...ids, 'not-a-category'])
    .chain((kept) => fc.tuple(...kept.map((id) => count.map((n) => [id, n] as const))))
    .map((entries) => Object.fromEntries(entries));
const submission = fc
  .record({
    organization: fc.constantFrom(...organizations),
    quarter: fc.constantFrom(...quarters),
    clients: fc.option(answers(['new', 'existing']), { nil: undefined }),
    sex: fc.option(answers(['female', 'male', 'unknown']), { nil: undefined }),
    services: fc.option(answers(['therapy', 'housing']), { nil: undefined }),
    unknownSection: fc.option(answers(['a']), { nil: undefined }),
  })
  .map(({ organization, quarter, ...sections }): Submission => {
    const counts: Submission['counts'] = {};
    for (const [id, values] of Object.entries(sections)) if (values) counts[id] = values;
    return { organization, quarter: quarter as Quarter, counts };
  });
const dataset = fc.uniqueArray(submission, { selector: (s) => `${s.organization}/${s.quarter}`, maxLength: 40 });
const request = fc.record(
  {
    quarters: fc
      .tuple(fc.nat({ max: quarters.length - 1 }), fc.nat({ max: quarters.length - 1 }))
      .map(([a, b]) => ({ from: quarters[Math.min(a, b)]!, to: quarters[Math.max(a, b)]! })),
    organizations: fc.subarray(organizations, { minLength: 1 }),
    sections: fc.subarray(['clients', 'sex', 'services'], { minLength: 1 }),
  },
  { requiredKeys: [] },
);

/** The result, or the message of the error thrown (an unknown organization in the filter): both must agree. */
async function outcome<T>(work: () => T | Promise<T>): Promise<{ value: T } | { error: string }> {
  try {
    return { value: await work() };
  } catch (error) {
    return { error: String(error) };
  }
}

function outcomeNow<T>(work: () => T): { value: T } | { error: string } {
  try {
    return { value: work() };
  } catch (error) {
    return { error: String(error) };
  }
}

type Aggregate = (
  taxonomy: Taxonomy,
  submissions: readonly Submission[],
  options: AggregateReportOptions,
  perStep: number,
) => Steps<Map<string, AggregateTable>>;

/** Whether a stepped aggregation, paused after every `perStep` submissions, gives the synchronous result. */
function agreesWithSynchronous(steps: Aggregate) {
  return fc.property(dataset, request, fc.integer({ min: 1, max: 8 }), (data, options, perStep) => {
    expect(outcomeNow(() => runSteps(steps(smallTaxonomy, data, options, perStep)))).toEqual(
      outcomeNow(() => aggregateReport(smallTaxonomy, data, options)),
    );
  });
}

/** The mistake this guards against: a submission lost where the work pauses. */
const losesOneAtEachPause: Aggregate = (taxonomy, submissions, options, perStep) =>
  aggregateReportSteps(
    taxonomy,
    submissions.filter((_, i) => (i + 1) % perStep !== 0 || i === 0),
    options,
    perStep,
  );

describe('aggregateReportSteps', () => {
  it('aggregateReportSteps(…) paused after any number of submissions gives the synchronous result', () => {
    fc.assert(agreesWithSynchronous(aggregateReportSteps), { numRuns: 300 });
  });

  it('aggregateReportSteps(…) compared this way catches a variant that loses a submission at a pause', () => {
    const outcome = fc.check(agreesWithSynchronous(losesOneAtEachPause), { numRuns: 300, seed: 13 });
    expect(outcome.failed).toBe(true);
  });

  it('aggregateReport(…) of every section gives each section the table aggregateSection(…) gives', () => {
    fc.assert(
      fc.property(dataset, (data) => {
        const all = aggregateReport(smallTaxonomy, data);
        for (const id of ['clients', 'sex', 'services'])
          expect(all.get(id)).toEqual(aggregateSection(smallTaxonomy, data, id));
      }),
      { numRuns: 200 },
    );
  });
});

describe('aggregateReportIncrementally', () => {
  it('aggregateReportIncrementally(…) giving the event loop a turn at every pause gives the synchronous result', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, request, async (data, options) => {
        const tables = await outcome(() =>
          aggregateReportIncrementally(smallTaxonomy, data, { ...options, sliceMs: 0 }),
        );
        expect(tables).toEqual(outcomeNow(() => aggregateReport(smallTaxonomy, data, options)));
      }),
      { numRuns: 100 },
    );
  });

  it('aggregateSectionIncrementally(…) gives the table aggregateSection(…) gives', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, async (data) => {
        const table = await aggregateSectionIncrementally(smallTaxonomy, data, 'services', { sliceMs: 0 });
        expect(table).toEqual(aggregateSection(smallTaxonomy, data, 'services'));
      }),
      { numRuns: 100 },
    );
  });

  it('aggregateReportIncrementally(…) stops with an AbortError when its signal aborts during the work', async () => {
    const many: Submission[] = Array.from({ length: 5000 }, (_, i) => ({
      organization: `org-${i}`,
      quarter: '2024-Q1',
      counts: { sex: { female: i } },
    }));
    const controller = new AbortController();
    const work = aggregateReportIncrementally(smallTaxonomy, many, { signal: controller.signal, sliceMs: 0 });
    controller.abort();
    await expect(work).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('aggregateReportIncrementally(…) with an aborted signal does not start', async () => {
    await expect(
      aggregateReportIncrementally(smallTaxonomy, [], { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
