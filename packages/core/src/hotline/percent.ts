/**
 * The Hotline's percentages: a count over its table's total, rounded half up to a whole percent, so 3 of 750
 * (0.4%) is printed "0%" and 185 of 750 (24.67%) "25%". Integer arithmetic: floor((200·count + total) / (2·total))
 * is round-half-up of 100·count/total with no floating-point error at an exact half.
 */
export function hotlinePercent(count: number, total: number): number {
  if (!Number.isInteger(count) || !Number.isInteger(total) || count < 0 || total <= 0)
    throw new RangeError(`hotlinePercent needs whole counts and a positive total; received ${count} of ${total}`);
  return Math.floor((200 * count + total) / (2 * total));
}

/** The percent as the report prints it: "25%". */
export function formatHotlinePercent(count: number, total: number): string {
  return `${hotlinePercent(count, total)}%`;
}
