/** Escapes text for XML and HTML content and double-quoted attribute values. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]!};`);
}

/**
 * Text a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return) with an apostrophe
 * in front, so it stays text: every export (CSV, the copied table's text and HTML) passes its fields through this.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * A CSV field (RFC 4180): quoted when it holds a comma, quote or line break. Text that a spreadsheet would read
 * as a formula (= + - @, tab, carriage return first) is prefixed with an apostrophe: a taxonomy label must stay text.
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = neutralizeFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Capitalises the first letter ("number of clients" -> "Number of clients") for a column header. */
export function capitalize(text: string): string {
  return text.replace(/^./u, (c) => c.toUpperCase());
}
