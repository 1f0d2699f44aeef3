// In a file of its own so that the browser bundle's first load, which names where a published document is wrong,
// takes this function without the submissions' validation errors (problems.ts), which only the preview needs.
import type { Location } from './problems.js';

/** Formats a location as "file, row 4, column count" or "file at submissions[2].quarter". */
export function formatLocation(where: Location): string {
  const parts: string[] = [];
  if (where.file) parts.push(where.file);
  if (where.row !== undefined) parts.push(`row ${where.row}`);
  if (where.column !== undefined) parts.push(`column "${where.column}"`);
  if (where.path !== undefined && where.path !== '') parts.push(`at ${where.path}`);
  return parts.join(', ');
}
