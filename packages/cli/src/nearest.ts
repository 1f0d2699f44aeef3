/*
 * "Did you mean" for the command line: commands, options, section and organization ids.
 * TODO: use @cate/core's nearestId once core exports it (it lives in core/src/submissions/nearest.ts).
 */

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate closest to `input`, when it is near enough to be a typo (or `input` is a prefix of it). */
export function nearest(input: string, candidates: Iterable<string>): string | undefined {
  const text = input.toLowerCase();
  const limit = text.length <= 3 ? 1 : text.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    const d = c.startsWith(text) && text.length >= 3 ? 1 : levenshtein(text, c);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** ` (did you mean "sex"?)` or nothing. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = nearest(input, candidates);
  return match === undefined ? '' : ` (did you mean "${match}"?)`;
}
