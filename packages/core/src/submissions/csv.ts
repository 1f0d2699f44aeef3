import { csvParseRows } from 'd3-dsv';
import type { Location } from '../problems.js';
import type { Section, Taxonomy } from '../taxonomy/schema.js';
import { SubmissionCollector, clip, type Field, type Slot, type YearRange } from './collector.js';
import { scanCsvSteps, type CsvQuoteProblem } from './csv-scan.js';
import { runSteps, type Steps } from './incremental.js';
import type { SubmissionsResult } from './types.js';

/**
 * The CSV layouts `parseSubmissions` reads. Header names are matched trimmed and case-insensitively; rows are
 * numbered as a spreadsheet shows them, the header being row 1. The layout is recognized from the header:
 *
 * - **long**, one count per row: `organization, quarter, section, category, count`. Any other column is
 *   ignored, with a warning. A blank count is read as not reported, with a warning.
 * - **wide by section**, one row per organization, quarter and section: `organization, quarter, section`, then
 *   one column per category id (`female, male, unknown`). A row uses the columns of its own section's
 *   categories; a file may mix sections, leaving the other sections' columns blank.
 * - **wide by cell**, one row per organization and quarter: `organization, quarter`, then one column per count
 *   named `section.category` or `section:category` (`sex.female, sex:male`). A column naming an unknown
 *   section or category is an error at the header and its values are not read; a column without `.` or `:`
 *   is ignored, with a warning.
 *
 * In both wide layouts a blank cell means "not reported", never zero: write 0 for a reported zero.
 * A header with `category` or `count` is read as long; else one with `section` as wide by section; else one
 * with a `section.category` column as wide by cell.
 */
export type CsvLayout = 'long' | 'wide-by-section' | 'wide-by-cell';

const LONG_COLUMNS = ['organization', 'quarter', 'section', 'category', 'count'] as const;
const CELL_SEPARATOR = /[.:]/;

function isBlank(text: string | undefined): boolean {
  return text === undefined || text === '' || text.trim() === '';
}

function isBlankRow(cells: readonly string[]): boolean {
  for (const cell of cells) if (!isBlank(cell)) return false;
  return true;
}

/** A column as a spreadsheet names it: A, B, ..., Z, AA, AB ... */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function quoteAnd(names: readonly string[]): string {
  const quoted = names.map((n) => `"${clip(n)}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

interface CellColumn {
  index: number;
  section: Section;
  category: string;
}

/** Reads CSV text (without a BOM) in any of the three layouts. Never throws. */
export function readSubmissionsCsv(
  text: string,
  taxonomy: Taxonomy,
  file: string | undefined,
  years?: YearRange,
): SubmissionsResult {
  return runSteps(readSubmissionsCsvSteps(text, taxonomy, file, years));
}

/**
 * readSubmissionsCsv in steps: it pauses between pieces of about `chunkChars` characters (see incremental.ts).
 * Any piece size gives the same result.
 */
export function* readSubmissionsCsvSteps(
  text: string,
  taxonomy: Taxonomy,
  file: string | undefined,
  years?: YearRange,
  chunkChars?: number,
): Steps<SubmissionsResult> {
  let layout: CsvLayout | undefined;
  let headerRow = -1; // 0-based record index of the header
  let stride = 1; // refs are record * stride + column
  let header: string[] = [];
  const column: Partial<Record<(typeof LONG_COLUMNS)[number], number>> = {};
  const fixedField: Partial<Record<Field, number>> = {};
  let categoryColumns: number[] = [];
  let cellColumns: CellColumn[] = [];
  let dataRows = 0;
  let unnamedColumns: number[] = [];
  let unnamedValue: { record: number; index: number } | undefined;

  const locate = (ref: number, field?: Field): Location => {
    const record = Math.floor(ref / stride);
    const fixed = field === undefined ? undefined : fixedField[field];
    const index = fixed ?? (layout === 'long' ? undefined : ref - record * stride);
    const name = index === undefined ? undefined : header[index];
    return name === undefined ? { row: record + 1 } : { row: record + 1, column: clip(name) };
  };
  const c = new SubmissionCollector(taxonomy, file, locate, years);
  const at = (record: number, columnName?: string): Location => ({
    ...(file === undefined ? {} : { file }),
    row: record + 1,
    ...(columnName === undefined ? {} : { column: clip(columnName) }),
  });

  function readHeader(cells: string[], record: number): void {
    headerRow = record;
    header = cells.map((cell) => cell.trim());
    stride = header.length;
    const names = header.map((name) => name.toLowerCase());
    const firstIndex = new Map<string, number>();
    names.forEach((name, i) => {
      if (name === '') return; // unnamed columns are checked for values below
      const first = firstIndex.get(name);
      if (first === undefined) firstIndex.set(name, i);
      else
        c.report(
          'error',
          'duplicate-column',
          `column "${clip(header[i]!)}" appears twice, as columns ${columnLetter(first)} and ${columnLetter(i)}; expected each ` +
            `column once, so column ${columnLetter(i)} was not read`,
          at(record, header[i]),
        );
    });
    const unique = (i: number) => firstIndex.get(names[i]!) === i;
    for (const name of LONG_COLUMNS) {
      const i = firstIndex.get(name);
      if (i !== undefined) column[name] = i;
    }
    const has = (name: (typeof LONG_COLUMNS)[number]) => column[name] !== undefined;
    const hasCellColumn = names.some((name) => CELL_SEPARATOR.test(name));
    const detected: CsvLayout =
      has('category') || has('count') || (!has('section') && !hasCellColumn)
        ? 'long'
        : has('section')
          ? 'wide-by-section'
          : 'wide-by-cell';
    const required =
      detected === 'long'
        ? LONG_COLUMNS
        : detected === 'wide-by-section'
          ? LONG_COLUMNS.slice(0, 3)
          : LONG_COLUMNS.slice(0, 2);
    const missing: string[] = required.filter((name) => !has(name));
    const fixed = new Set(required.map((name) => column[name]));
    const others = names.map((_, i) => i).filter((i) => unique(i) && !fixed.has(i) && header[i] !== '');
    unnamedColumns = names.map((_, i) => i).filter((i) => header[i] === '');
    const noCategoryColumns = detected === 'wide-by-section' && others.length === 0;
    if (missing.length > 0 || noCategoryColumns) {
      const needs =
        detected === 'long'
          ? 'the long layout needs organization, quarter, section, category and count' +
            (has('category') || has('count')
              ? ''
              : ' (or, wide: organization, quarter, section and a column per category; or organization, quarter and columns named section.category)')
          : detected === 'wide-by-section'
            ? 'the wide layout needs organization, quarter, section and a column per category id'
            : 'the wide layout needs organization, quarter and a column per count named section.category';
      const what = [
        missing.length === 0 ? '' : `${missing.length === 1 ? 'column' : 'columns'} ${quoteAnd(missing)}`,
        noCategoryColumns ? 'the category columns' : '',
      ];
      c.report('error', 'missing-columns', `missing ${what.filter(Boolean).join(' and ')}; ${needs}`, at(record));
      return;
    }
    layout = detected;
    fixedField.organization = column.organization;
    fixedField.quarter = column.quarter;
    if (layout === 'long') {
      fixedField.section = column.section;
      fixedField.category = column.category;
      fixedField.count = column.count;
      for (const i of others)
        c.report(
          'warning',
          'ignored-column',
          `column "${clip(header[i]!)}" is not part of the long layout (organization, quarter, section, category, count) and was not read`,
          at(record, header[i]),
        );
    } else if (layout === 'wide-by-section') {
      fixedField.section = column.section;
      categoryColumns = others;
    } else {
      cellColumns = readCellColumns(others, record);
    }
  }

  function readCellColumns(indexes: number[], record: number): CellColumn[] {
    const columns: CellColumn[] = [];
    for (const index of indexes) {
      const name = header[index]!;
      const separator = name.search(CELL_SEPARATOR);
      if (separator < 0) {
        c.report(
          'warning',
          'ignored-column',
          `column "${clip(name)}" is not named section.category and was not read`,
          at(record, name),
        );
        continue;
      }
      const ref = record * stride + index;
      const notRead = ' (the column was not read)';
      const section = c.section(name.slice(0, separator), ref, notRead);
      const category = section && c.category(section, name.slice(separator + 1), ref, notRead);
      if (section && category !== undefined) columns.push({ index, section, category });
    }
    return columns;
  }

  function readLongRow(cells: string[], base: number): void {
    const organization = c.organization(cells[column.organization!] ?? '', base);
    const quarter = c.quarter(cells[column.quarter!] ?? '', base);
    const section = c.section(cells[column.section!] ?? '', base);
    const category = section && c.category(section, cells[column.category!] ?? '', base);
    const count = c.countText(cells[column.count!] ?? '', base, section);
    if (organization !== undefined && quarter !== undefined && category !== undefined && count >= 0)
      c.put(c.slot(organization, quarter, base), section!.id, category, count, base);
  }

  function readWideBySectionRow(cells: string[], base: number): void {
    const organization = c.organization(cells[column.organization!] ?? '', base);
    const quarter = c.quarter(cells[column.quarter!] ?? '', base);
    const section = c.section(cells[column.section!] ?? '', base);
    if (section === undefined) return;
    let slot: Slot | undefined;
    for (const index of categoryColumns) {
      const text = cells[index];
      if (isBlank(text)) continue;
      const ref = base + index;
      const category = c.category(section, header[index]!, ref);
      const count = c.countText(text!, ref, section);
      if (organization !== undefined && quarter !== undefined && category !== undefined && count >= 0)
        c.put((slot ??= c.slot(organization, quarter, ref)), section.id, category, count, ref);
    }
  }

  function readWideByCellRow(cells: string[], base: number): void {
    const organization = c.organization(cells[column.organization!] ?? '', base);
    const quarter = c.quarter(cells[column.quarter!] ?? '', base);
    let slot: Slot | undefined;
    for (const { index, section, category } of cellColumns) {
      const text = cells[index];
      if (isBlank(text)) continue;
      const ref = base + index;
      const count = c.countText(text!, ref, section);
      if (organization !== undefined && quarter !== undefined && count >= 0)
        c.put((slot ??= c.slot(organization, quarter, ref)), section.id, category, count, ref);
    }
  }

  function readRow(cells: string[], record: number): void {
    dataRows++;
    if (cells.length > stride) {
      for (let i = stride; i < cells.length; i++) {
        if (isBlank(cells[i])) continue;
        c.report(
          'error',
          'extra-cells',
          `row has ${cells.length} cells but the header names ${stride} columns; expected one cell per column, so the row was not read`,
          at(record),
        );
        return;
      }
    }
    if (unnamedValue === undefined)
      for (const index of unnamedColumns) if (!isBlank(cells[index])) unnamedValue ??= { record, index };
    const base = record * stride;
    if (layout === 'long') readLongRow(cells, base);
    else if (layout === 'wide-by-section') readWideBySectionRow(cells, base);
    else readWideByCellRow(cells, base);
  }

  const scan = yield* scanCsvSteps(text, chunkChars);
  let records = 0;
  let brokenHeader = false;
  // Piece by piece, each of whole records (the scan says where they start), pausing between pieces.
  for (let k = 0; k < scan.chunks.length; k++) {
    const { record: first, offset } = scan.chunks[k]!;
    const end = scan.chunks[k + 1]?.offset ?? text.length;
    const piece = offset === 0 && end === text.length ? text : text.slice(offset, end);
    csvParseRows(piece, (cells, index) => {
      const record = first + index;
      records++;
      if (brokenHeader) return null;
      if (scan.bad.has(record)) {
        // Reported below: a row with a broken quote is not read; nor is anything after a broken header.
        if (headerRow < 0 && !isBlankRow(cells)) brokenHeader = true;
        return null;
      }
      if (layout !== undefined) {
        if (!isBlankRow(cells)) readRow(cells, record);
      } else if (headerRow < 0 && !isBlankRow(cells)) readHeader(cells, record);
      return null;
    });
    yield;
  }
  for (const problem of scan.problems) quoteProblem(problem);
  if (scan.problems.length === 0 && (records !== scan.records || records !== scan.lines))
    c.report(
      'error',
      'row-count-mismatch',
      `the file has ${scan.lines} lines but ${records} rows were read; expected one row per line, so some ` +
        `rows may be missing or merged (check the file's quotes and line ends)`,
      fileOnly(file),
    );

  function quoteProblem({ kind, record, field, line, lines }: CsvQuoteProblem): void {
    const name = headerRow >= 0 && record > headerRow ? header[field] : undefined;
    const where = at(record, name === undefined || name === '' ? undefined : name);
    const cell = `the quoted field in column ${columnLetter(field)}${name ? ` ("${clip(name)}")` : ''}`;
    const what = headerRow < 0 || record <= headerRow ? 'the header' : 'the row';
    if (kind === 'unclosed-quote')
      c.report(
        'error',
        'unclosed-quote',
        `${cell} opens a quote on line ${line} that never closes, so the rest of the file (${lines} more ` +
          `${lines === 1 ? 'line' : 'lines'}) would be read as one value; expected a closing quote (") before the ` +
          `end of the line; ${what} and every line after it were not read`,
        where,
      );
    else if (kind === 'multiline-field')
      c.report(
        'error',
        'multiline-field',
        `${cell} runs across ${lines + 1} lines (lines ${line} to ${line + lines}); expected every value on one ` +
          `line (check for an unbalanced quote); ${what} was not read, nor the ${lines === 1 ? 'line' : 'lines'} it swallowed`,
        where,
      );
    else
      c.report(
        'error',
        'text-after-quote',
        `${cell} has text after its closing quote; expected a comma or the end of the line right after the ` +
          `closing quote (write "" for a quote inside a quoted value); ${what} was not read`,
        where,
      );
  }

  if (headerRow < 0 && !brokenHeader)
    c.report(
      'error',
      'empty-file',
      'the file is empty; expected a header row and at least one row of counts',
      fileOnly(file),
    );
  else if (layout !== undefined && dataRows === 0 && scan.bad.size === 0)
    c.report(
      'error',
      'no-rows',
      'the file has a header row but no rows below it; expected at least one row of counts',
      fileOnly(file),
    );
  if (unnamedValue !== undefined)
    c.report(
      'warning',
      'ignored-column',
      `column ${columnLetter(unnamedValue.index)} has no name in the header, so its values were not read`,
      at(unnamedValue.record),
    );
  return { submissions: c.finish(), problems: c.problems };
}

function fileOnly(file: string | undefined): Location {
  return file === undefined ? {} : { file };
}
