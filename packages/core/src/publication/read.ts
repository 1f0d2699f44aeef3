import type { Problem } from '../problems.js';
import type { DisclosurePolicy } from '../privacy/policy.js';
import { checkedReaderPolicy, READER_DEFAULT_POLICY } from '../privacy/policy-shape.js';
import { readPublishedSeries } from '../privacy/read-published-series.js';
import { SERIES_FORMAT } from '../privacy/series-shape.js';
import { BAD, ShapeProblems } from '../privacy/shape-check.js';
import type { SafeSeries } from '../series.js';
import type { PublicationDocument } from './format.js';
import { checkPublicationShape, PUBLICATION_FORMAT } from './publication-shape.js';

// The shape is checked by hand (publication-shape.ts, in agreement with the zod schema in format.ts), so that
// reading a publication, as <cate-chart> does in a browser, builds no zod schema.

/** Problems from re-checking published numbers: anything the check would have to hide is an error. */
const UNSAFE = new Set(['below-threshold', 'complementary']);

function strict(problems: readonly Problem[], prefix: string): Problem[] {
  return problems.map((p) => ({
    ...p,
    severity: p.severity === 'error' || UNSAFE.has(p.code) ? 'error' : p.severity,
    where: { ...p.where, path: `${prefix}${p.where.path ? `.${p.where.path}` : ''}` },
  }));
}

/**
 * Checks a published series however it arrives (a parsed file, a plain object, a SafeSeries built by hand) with
 * one check: the policy is enforced again, and a series that would need anything more hidden is refused, not
 * patched: an element must never draw a number that breaks the policy.
 */
export function checkPublishedSeries(
  input: unknown,
  policy: DisclosurePolicy = READER_DEFAULT_POLICY,
): { series?: SafeSeries; problems: Problem[] } {
  const plain =
    typeof input === 'object' && input !== null && !('format' in input)
      ? { format: SERIES_FORMAT, ...(JSON.parse(JSON.stringify(input)) as object) }
      : input;
  const { series, problems } = readPublishedSeries(plain, policy);
  const checked = strict(problems, '').map((p) => ({
    ...p,
    message: p.message
      .replace(/; it is now hidden$/, '')
      .replace(/ is now hidden to protect small counts$/, ' would let a hidden count be worked out'),
    where: { ...p.where, path: (p.where.path ?? '').replace(/^\./, '') },
  }));
  return checked.some((p) => p.severity === 'error') || !series ? { problems: checked } : { series, problems: checked };
}

/**
 * Reads a `cate-publication@1` document and re-checks every section against the stricter of its own policy and
 * the reader's. Returns each section's SafeSeries; any problem that is an error refuses the whole document.
 */
export function readPublication(
  input: unknown,
  policy?: DisclosurePolicy,
): { publication?: PublicationDocument; sections: Map<string, SafeSeries>; problems: Problem[] } {
  const sections = new Map<string, SafeSeries>();
  const format = (input as { format?: unknown } | null)?.format;
  if (format !== PUBLICATION_FORMAT)
    return {
      sections,
      problems: [
        {
          severity: 'error',
          code: 'unsupported-format',
          message: `expected a "${PUBLICATION_FORMAT}" document${typeof format === 'string' ? `, found "${format.slice(0, 40)}"` : ''}`,
          where: { path: 'format' },
        },
      ],
    };
  const shape = new ShapeProblems();
  const doc = checkPublicationShape(input, '', shape);
  if (doc === BAD)
    return {
      sections,
      problems: shape.list.map(({ path, message }) => ({
        severity: 'error' as const,
        code: 'invalid-publication',
        message,
        where: { path },
      })),
    };
  const own = checkedReaderPolicy({
    threshold: Math.max(doc.policy.threshold, policy?.threshold ?? 0),
    protectZeros: doc.policy.protectZeros || (policy?.protectZeros ?? false),
    contributors: { minContributors: doc.policy.minContributors, dominance: doc.policy.dominance },
    units: [...new Set([...doc.policy.units, ...(policy?.units ?? [])])].filter((u) =>
      ['clients', 'service-uses', 'organizations', 'percent-of-organizations'].includes(u),
    ),
  });
  const problems: Problem[] = [];
  for (const [id, section] of Object.entries(doc.sections)) {
    if (section.section !== id)
      problems.push({
        severity: 'error',
        code: 'shape-mismatch',
        message: `sections.${id} holds the series of "${section.section}"`,
        where: { path: `sections.${id}.section` },
      });
    const { coversAllClients: _c, subsetOf: _s, ...series } = section;
    const read = checkPublishedSeries(series, own);
    problems.push(...strict(read.problems, `sections.${id}`));
    if (read.series) sections.set(id, read.series);
  }
  if (problems.some((p) => p.severity === 'error')) return { sections: new Map(), problems };
  return { publication: doc, sections, problems };
}
