/* "Did you mean" for the command line: commands, options, section and organization ids. */
import { nearestId } from '@cate/core';

/**
 * The candidate closest to `input`: core's typo match, or, on the command line, a candidate that `input`
 * (three letters or more) begins, so `cate embed contin` suggests "continent-of-origin".
 */
export function nearest(input: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const text = input.trim().toLowerCase();
  return nearestId(input, list) ?? (text.length >= 3 ? list.find((c) => c.toLowerCase().startsWith(text)) : undefined);
}

/** ` (did you mean "sex"?)` or nothing. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = nearest(input, candidates);
  return match === undefined ? '' : ` (did you mean "${match}"?)`;
}
