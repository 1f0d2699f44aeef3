import * as z from 'zod/mini';
import type { Problem } from '../problems.js';
import { NeedsAssessment } from './schema.js';

/** The median of numbers: the middle one, or the mean of the two middle ones (so 4 and 5 give 4.5). */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One need's place in a region's ranking. */
export interface NeedRank {
  id: string;
  label: string;
  /** Competition rank ("1, 2, 2, 4"): needs with the same median share a rank. Absent when withheld. */
  rank?: number;
  /** The median rating; absent when fewer than `minResponses` rated the need. */
  median?: number;
  responses: number;
}

/**
 * Needs ranked by their median rating, highest need first, as seed 004 reports them ("a median 4.5 out of 5").
 * A median from fewer than `minResponses` ratings is withheld (default 3, the Hotline's rule for small counts):
 * with one or two respondents a median is their own answer. Ties keep the assessment's order.
 */
export function rankNeeds(
  assessment: NeedsAssessment,
  options: { region?: string; minResponses?: number } = {},
): NeedRank[] {
  const min = options.minResponses ?? 3;
  const responses = assessment.responses.filter((r) => !options.region || r.region === options.region);
  const rows: NeedRank[] = assessment.needs.map(({ id, label }) => {
    const ratings = responses.map((r) => r.ratings[id]).filter((v): v is number => typeof v === 'number');
    const m = ratings.length >= min ? median(ratings) : undefined;
    return m === undefined
      ? { id, label, responses: ratings.length }
      : { id, label, median: m, responses: ratings.length };
  });
  const ranked = rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => (b.row.median ?? -1) - (a.row.median ?? -1) || a.i - b.i)
    .map(({ row }) => row);
  ranked.forEach((row, i) => {
    if (row.median === undefined) return;
    const first = ranked.findIndex((r) => r.median === row.median);
    row.rank = first === i ? i + 1 : ranked[first]!.rank!;
  });
  return ranked;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');
}

/** Checks a needs assessment: its shape, then that every response names a known region and known needs. */
export function checkNeedsAssessment(
  input: unknown,
  file?: string,
): { assessment?: NeedsAssessment; problems: Problem[] } {
  const where = (path: string) => ({ ...(file ? { file } : {}), path });
  const parsed = z.safeParse(NeedsAssessment, input);
  if (!parsed.success)
    return {
      problems: parsed.error.issues.map((issue) => ({
        severity: 'error' as const,
        code: 'invalid-needs',
        message: issue.code === 'invalid_type' ? `expected ${issue.expected}` : issue.message,
        where: where(pathOf(issue.path)),
      })),
    };
  const a = parsed.data;
  const problems: Problem[] = [];
  const regions = new Set(a.regions.map((r) => r.id));
  const needs = new Set(a.needs.map((n) => n.id));
  a.responses.forEach((r, i) => {
    if (!regions.has(r.region))
      problems.push({
        severity: 'error',
        code: 'unknown-region',
        message: `region "${r.region}" is not in regions`,
        where: where(`responses[${i}].region`),
      });
    for (const need of Object.keys(r.ratings))
      if (!needs.has(need))
        problems.push({
          severity: 'error',
          code: 'unknown-need',
          message: `need "${need}" is not in needs`,
          where: where(`responses[${i}].ratings.${need}`),
        });
  });
  return problems.length ? { problems } : { assessment: a, problems };
}
