import type { Location } from '../problems.js';
import type { Taxonomy } from '../taxonomy/schema.js';
import { SubmissionCollector, clip, showValue, type Field, type Slot, type YearRange } from './collector.js';
import { runSteps, type Steps } from './incremental.js';
import { jsonPathKey, type JsonScan } from './json-scan.js';
import type { SubmissionsResult } from './types.js';

/*
 * The JSON layouts: an array of submissions `[{ organization, quarter, counts: { section: { category: n } } }]`,
 * an array of long-layout rows `[{ organization, quarter, section, category, count }]`, or either array as
 * `{ "taxonomy": "cate", "submissions": [...] }`. Each item is read as a row when it has `section`, `category`
 * or `count` and no `counts`; otherwise as a submission. Other fields of the wrapping object (a notice, a date)
 * are metadata and read silently; a field a submission or row does not use is reported, as it may hold counts.
 */

type Json = Record<string, unknown>;

const SUBMISSION_FIELDS = new Set(['organization', 'quarter', 'counts']);
const ROW_FIELDS = new Set(['organization', 'quarter', 'section', 'category', 'count']);

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `text ${showValue(value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'boolean' ? 'true/false' : `a ${typeof value}`} (${showValue(value)})`;
}

const pathKey = jsonPathKey;

function isRowItem(item: Json): boolean {
  return !('counts' in item) && ('section' in item || 'category' in item || 'count' in item);
}

/** Checks an already-parsed JSON document of submissions against a taxonomy. Never throws. */
export function readSubmissionsJson(
  input: unknown,
  taxonomy: Taxonomy,
  file: string | undefined,
  years?: YearRange,
): SubmissionsResult {
  return runSteps(readSubmissionsJsonSteps(input, taxonomy, file, years));
}

/** Items read between pauses (a few milliseconds of work). */
const ITEMS_PER_STEP = 500;

/** readSubmissionsJson in steps: it pauses every few hundred items (see incremental.ts). */
export function* readSubmissionsJsonSteps(
  input: unknown,
  taxonomy: Taxonomy,
  file: string | undefined,
  years?: YearRange,
): Steps<SubmissionsResult> {
  // A submission's references index these arrays (item, section key, category key as written); a row's reference
  // is -(item + 1), so a clean file of rows allocates nothing for locations.
  const items: number[] = [];
  const sectionKeys: (string | undefined)[] = [];
  const categoryKeys: (string | undefined)[] = [];
  let prefix = '';

  const locate = (ref: number, field?: Field): Location => {
    if (ref < 0) {
      const base = `${prefix}[${-ref - 1}]`;
      return { path: field === undefined ? base : `${base}.${field}` };
    }
    const base = `${prefix}[${items[ref]}]`;
    if (field === 'organization' || field === 'quarter') return { path: `${base}.${field}` };
    const sectionKey = sectionKeys[ref];
    if (sectionKey === undefined) return { path: base };
    const section = `${base}.counts${pathKey(sectionKey)}`;
    const categoryKey = categoryKeys[ref];
    return { path: field === 'section' || categoryKey === undefined ? section : `${section}${pathKey(categoryKey)}` };
  };
  const c = new SubmissionCollector(taxonomy, file, locate, years);
  const at = (path: string): Location => ({
    ...(file === undefined ? {} : { file }),
    ...(path === '' ? {} : { path }),
  });
  const newRef = (item: number, sectionKey?: string, categoryKey?: string): number => {
    items.push(item);
    sectionKeys.push(sectionKey);
    categoryKeys.push(categoryKey);
    return items.length - 1;
  };

  const ignoredFields = new Set<string>();
  function ignoreFields(item: Json, known: Set<string>, path: string, what: string): void {
    for (const key in item) {
      if (known.has(key) || ignoredFields.has(`${what}\u0000${key}`)) continue;
      ignoredFields.add(`${what}\u0000${key}`);
      c.report(
        'warning',
        'ignored-field',
        `field "${clip(key)}" is not part of a ${what} and was not read`,
        at(`${path}${pathKey(key)}`),
      );
    }
  }

  const example = taxonomy.sections[0];
  const countsExample = example
    ? `{"${example.id}": {"${example.categories[0]?.id}": 3}}`
    : '{"section": {"category": 3}}';
  const expected: Record<Field | 'counts', string> = {
    organization: 'an organization id',
    quarter: 'a quarter written like 2025-Q3',
    section: 'a section id',
    category: 'a category id',
    count: 'a whole number of 0 or more (or null for not reported)',
    counts: `an object of sections, such as ${countsExample}`,
  };

  /** A text field: the text, or undefined after reporting it missing or not text. */
  function textField(item: Json, field: Field, ref: number): string | undefined {
    if (!(field in item)) {
      c.error('missing-field', `missing "${field}"; expected ${expected[field]}`, ref, field);
      return undefined;
    }
    const value = item[field];
    if (typeof value === 'string') return value;
    if (field === 'quarter') return c.badQuarter(showValue(value), ref);
    c.error(
      'invalid-structure',
      `${field} should be text; expected ${expected[field]}, found ${kindOf(value)}`,
      ref,
      field,
    );
    return undefined;
  }

  function readRow(item: Json, index: number): void {
    const ref = -(index + 1);
    ignoreFields(item, ROW_FIELDS, `${prefix}[${index}]`, 'row');
    const organizationText = textField(item, 'organization', ref);
    const quarterText = textField(item, 'quarter', ref);
    const sectionText = textField(item, 'section', ref);
    const categoryText = textField(item, 'category', ref);
    const organization = organizationText === undefined ? undefined : c.organization(organizationText, ref);
    const quarter = quarterText === undefined ? undefined : c.quarter(quarterText, ref);
    const section = sectionText === undefined ? undefined : c.section(sectionText, ref);
    const category =
      section === undefined || categoryText === undefined ? undefined : c.category(section, categoryText, ref);
    let count = -1;
    if ('count' in item) count = c.countValue(item.count, ref, section);
    else c.error('missing-field', `missing "count"; expected ${expected.count}`, ref, 'count');
    if (organization !== undefined && quarter !== undefined && category !== undefined && count >= 0)
      c.put(c.slot(organization, quarter, ref), section!.id, category, count, ref);
  }

  function readSubmission(item: Json, index: number): void {
    const ref = newRef(index);
    const path = `${prefix}[${index}]`;
    ignoreFields(item, SUBMISSION_FIELDS, path, 'submission');
    const organizationText = textField(item, 'organization', ref);
    const quarterText = textField(item, 'quarter', ref);
    const organization = organizationText === undefined ? undefined : c.organization(organizationText, ref);
    const quarter = quarterText === undefined ? undefined : c.quarter(quarterText, ref);
    const counts = item.counts;
    if (!('counts' in item))
      c.report('error', 'missing-field', `missing "counts"; expected ${expected.counts}`, at(`${path}.counts`));
    else if (!isObject(counts))
      c.report(
        'error',
        'invalid-structure',
        `counts should be ${expected.counts}; found ${kindOf(counts)}`,
        at(`${path}.counts`),
      );
    let slot: Slot | undefined;
    if (organization !== undefined && quarter !== undefined) {
      slot = c.submission(organization, quarter, ref);
      if (slot === undefined) return; // a second submission for the same organization and quarter: reported, not read
    }
    if (!isObject(counts)) return;
    for (const sectionKey in counts) {
      const sectionRef = newRef(index, sectionKey);
      const section = c.section(sectionKey, sectionRef);
      const categories = counts[sectionKey];
      if (!isObject(categories)) {
        c.error(
          'invalid-structure',
          `section "${clip(sectionKey)}" should be an object of category counts such as {"${section?.categories[0]?.id ?? 'category'}": 3}; found ${kindOf(categories)}`,
          sectionRef,
          'section',
        );
        continue;
      }
      let empty = true;
      for (const categoryKey in categories) {
        empty = false;
        if (section === undefined) break;
        const cellRef = newRef(index, sectionKey, categoryKey);
        const category = c.category(section, categoryKey, cellRef);
        const count = c.countValue(categories[categoryKey], cellRef, section);
        if (slot !== undefined && category !== undefined && count >= 0)
          c.put(slot, section.id, category, count, cellRef);
      }
      if (empty)
        c.warn(
          'empty-section',
          `section "${clip(sectionKey)}" has no counts; read as not reported`,
          sectionRef,
          'section',
        );
    }
  }

  let list: unknown[];
  if (Array.isArray(input)) list = input;
  else if (isObject(input) && 'submissions' in input) {
    prefix = 'submissions';
    // Other fields of the document (a notice, the generator, a date) are metadata, not counts: read silently.
    const named = input.taxonomy;
    if (named !== undefined && named !== taxonomy.id)
      c.report(
        'warning',
        'taxonomy-mismatch',
        `the file names taxonomy ${showValue(named)}, but is read against taxonomy "${clip(taxonomy.id)}"; expected the same taxonomy`,
        at('taxonomy'),
      );
    if (!Array.isArray(input.submissions)) {
      c.report(
        'error',
        'invalid-structure',
        `"submissions" should be an array; found ${kindOf(input.submissions)}`,
        at('submissions'),
      );
      return { submissions: [], problems: c.problems };
    }
    list = input.submissions;
  } else {
    c.report(
      'error',
      'invalid-structure',
      'expected a JSON array of submissions or rows, or an object with a "submissions" array; found ' +
        (isObject(input) ? 'an object without "submissions"' : kindOf(input)),
      at(''),
    );
    return { submissions: [], problems: c.problems };
  }

  if (list.length === 0) {
    c.report('error', 'no-rows', 'the file lists no submissions; expected at least one submission or row', at(prefix));
    return { submissions: [], problems: c.problems };
  }
  const first = list.find(isObject);
  const rowsByDefault = first !== undefined && isRowItem(first);
  for (let index = 0; index < list.length; index++) {
    if (index % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    if (!(index in list)) continue; // a hole in an array given as data, skipped as forEach did
    const item = list[index];
    if (!isObject(item)) {
      c.report(
        'error',
        'invalid-structure',
        `expected a ${rowsByDefault ? 'row {organization, quarter, section, category, count}' : 'submission {organization, quarter, counts}'}; found ${kindOf(item)}`,
        at(`${prefix}[${index}]`),
      );
    } else if ('counts' in item || !(rowsByDefault || isRowItem(item))) readSubmission(item, index);
    else readRow(item, index);
  }
  return { submissions: c.finish(), problems: c.problems };
}

/** JSON's whitespace only (not \s, which also matches a no-break space JSON.parse refuses). */
const BLANK = /^[ \t\n\r]*$/;

/**
 * parseJsonText in steps: text longer than `chunkChars` that is one array (the scan says where its items are) is
 * parsed item by item, pausing between pieces of about `chunkChars` characters, so no single JSON.parse holds the
 * page for long. Any doubt (an item that does not parse, text around the array) reads the whole text at once,
 * so the result, and any error, is JSON.parse's.
 */
export function* parseJsonTextSteps(
  text: string,
  scan: JsonScan,
  chunkChars = 1 << 18,
): Steps<{ value: unknown } | { error: string }> {
  const items = scan.items;
  if (text.length <= chunkChars || !scan.complete || items === undefined || items.length < 2)
    return parseJsonText(text);
  const last = items.length - 1;
  if (!BLANK.test(text.slice(0, items[0])) || !BLANK.test(text.slice(items[last]! + 1))) return parseJsonText(text);
  const value: unknown[] = [];
  if (last === 1 && BLANK.test(text.slice(items[0]! + 1, items[1]))) return { value }; // []
  let parsed = 0;
  for (let k = 0; k < last; k++) {
    try {
      value.push(JSON.parse(text.slice(items[k]! + 1, items[k + 1])));
    } catch {
      return parseJsonText(text);
    }
    parsed += items[k + 1]! - items[k]!;
    if (parsed >= chunkChars) {
      parsed = 0;
      yield;
    }
  }
  return { value };
}

/** Parses JSON text, or explains where it is not valid JSON. */
export function parseJsonText(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const position = /at position (\d+)/.exec(message);
    let where = '';
    if (position) {
      const offset = Number(position[1]);
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      where = ` at line ${line}, column ${offset - before.lastIndexOf('\n')}`;
    }
    return {
      error: `the file is not valid JSON${where} (${message.length > 120 ? `${message.slice(0, 117)}...` : message})`,
    };
  }
}
