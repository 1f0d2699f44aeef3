import { parseQuarter, type Quarter } from '../periods.js';
import { formatLocation } from '../format-location.js';
import type { Location, Problem, Severity } from '../problems.js';
import type { Section, Taxonomy } from '../taxonomy/schema.js';
import { nearestId } from './nearest.js';
import { BLANK, FRACTIONAL, NEGATIVE, NON_NUMERIC, TOO_LARGE, readCountText, readCountValue } from './read-count.js';
import { MAX_COUNT } from './schema.js';
import type { Submission, SubmissionProblemCode } from './types.js';

/** The part of a row or cell a problem is about. Without a field, the location is the whole row or cell. */
export type Field = 'organization' | 'quarter' | 'section' | 'category' | 'count';

/**
 * Turns a reference (a number the reader chose: a row, a row and column, a JSON item) into a Location.
 * Called only when a problem needs a location, so reading a clean file builds no Location at all.
 */
export type Locator = (ref: number, field?: Field) => Location;

/** An organization's submission for a quarter while it is being built, and where each of its counts came from. */
export interface Slot {
  submission: Submission;
  /** refs[section][category]: the reference of the value that set each count (parallel to `counts`). */
  refs: Record<string, Record<string, number>>;
  /** Where the submission was first seen. */
  ref: number;
}

const LIST_LIMIT = 12;

/** The longest id, value or name a message shows whole; longer ones are cut with an ellipsis. */
export const SHOWN_LENGTH = 80;

/** Text as a message shows it: cut to SHOWN_LENGTH characters with an ellipsis, so no message grows with its input. */
export function clip(text: string, max = SHOWN_LENGTH): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Instances inherit from an empty object that itself has no prototype: nothing to inherit, like
 * Object.create(null), but V8 keeps their fast properties (an Object.create(null) object is a hash table, which
 * made a million-row file take ~90 MB more memory and ~70% more time).
 */
const IdRecord = function IdRecord() {} as unknown as new () => Record<string, never>;
IdRecord.prototype = Object.create(null) as object;

/** A record keyed by ids from data: it inherits nothing, so an id such as "constructor" or "__proto__" is just a key. */
export function idRecord<T>(): Record<string, T> {
  return new IdRecord() as Record<string, T>;
}

/** The years a quarter may be in (both included): outside them a quarter is an error, not a stretched report. */
export interface YearRange {
  from: number;
  to: number;
}

/** Year 2000 to next year: a coalition's data is neither older than the century nor from the far future. */
export function defaultYears(now = new Date()): YearRange {
  return { from: 2000, to: now.getUTCFullYear() + 1 };
}

function quoteList(ids: readonly string[]): string {
  const shown = ids.slice(0, LIST_LIMIT).map((id) => `"${clip(id)}"`);
  return ids.length > LIST_LIMIT ? `${shown.join(', ')} and ${ids.length - LIST_LIMIT} more` : shown.join(', ');
}

/** A value as a message shows it: text in quotes, anything else as JSON, cut short when long. */
export function showValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = `"${value.trim()}"`;
  else if (Array.isArray(value)) text = 'an array';
  else if (typeof value === 'object' && value !== null) text = 'an object';
  else text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** A location as a message names it, without the file (the problem's own location already names it). */
export function describePlace(where: Location): string {
  return formatLocation({ ...where, file: undefined });
}

function isOrganizationsUnit(section: Section): boolean {
  return section.unit === 'organizations' || section.unit === 'percent-of-organizations';
}

/**
 * Checks values against a taxonomy and builds submissions from them, whatever the input format: every reader
 * (CSV long, CSV wide, JSON submissions, JSON rows) feeds its values through one collector, so a problem
 * reads the same and carries the same code in every format. Lookups are cached by the text as written.
 */
export class SubmissionCollector {
  readonly problems: Problem[] = [];
  private readonly slots = new Map<string, Slot>();
  private lastSlot: Slot | undefined;
  private readonly sections = new Map<string, Section>();
  private readonly categoryIds = new Map<Section, Set<string>>();
  private readonly memberIds = new Map<string, string>();
  private readonly organizationCache = new Map<string, string>();
  private readonly quarterCache = new Map<string, Quarter | null>();
  private readonly sectionCache = new Map<string, Section | null>();
  private readonly categoryCache = new Map<Section, Map<string, string | null>>();
  private readonly years: YearRange;

  constructor(
    readonly taxonomy: Taxonomy,
    private readonly file: string | undefined,
    private readonly locate: Locator,
    years: YearRange = defaultYears(),
  ) {
    this.years = years;
    for (const section of taxonomy.sections) {
      this.sections.set(section.id, section);
      this.categoryIds.set(section, new Set(section.categories.map((c) => c.id)));
      this.categoryCache.set(section, new Map());
    }
    for (const organization of taxonomy.organizations)
      this.memberIds.set(organization.id.toLowerCase(), organization.id);
  }

  where(ref: number, field?: Field): Location {
    const where = this.locate(ref, field);
    return this.file === undefined ? where : { file: this.file, ...where };
  }

  report(severity: Severity, code: SubmissionProblemCode, message: string, where: Location): void {
    this.problems.push({ severity, code, message, where });
  }

  error(code: SubmissionProblemCode, message: string, ref: number, field?: Field): void {
    this.report('error', code, message, this.where(ref, field));
  }

  warn(code: SubmissionProblemCode, message: string, ref: number, field?: Field): void {
    this.report('warning', code, message, this.where(ref, field));
  }

  private missing(what: string, expected: string, ref: number, field: Field): undefined {
    this.error('missing-value', `no ${what} given; expected ${expected}`, ref, field);
    return undefined;
  }

  /**
   * The organization id as written (trimmed), or the listed member's id when only its case differs.
   * An organization the taxonomy does not list is kept, with one warning at its first appearance: a coalition's
   * member list may lag behind who reports.
   */
  organization(text: string, ref: number): string | undefined {
    const cached = this.organizationCache.get(text);
    if (cached !== undefined) return cached;
    const id = text.trim();
    if (id === '') return this.missing('organization', 'an organization id', ref, 'organization');
    let resolved = id;
    if (this.memberIds.size > 0) {
      const member = this.memberIds.get(id.toLowerCase());
      if (member !== undefined) resolved = member;
      else {
        const near = nearestId(id, this.memberIds.values());
        this.warn(
          'unknown-organization',
          `organization "${clip(id)}" is not among the members of taxonomy "${clip(this.taxonomy.id)}"; ` +
            (near === undefined
              ? `its counts were kept (add it to the taxonomy's organizations if it is a member)`
              : `did you mean "${clip(near)}"? Its counts were kept under "${clip(id)}"`),
          ref,
          'organization',
        );
      }
    }
    this.organizationCache.set(text, resolved);
    return resolved;
  }

  /** The canonical quarter; forgiving forms such as `2025 Q3` or `Q3 2025` are read without a problem. */
  quarter(text: string, ref: number): Quarter | undefined {
    let quarter = this.quarterCache.get(text);
    if (quarter === undefined) {
      if (text.trim() === '') return this.missing('quarter', 'a quarter written like 2025-Q3', ref, 'quarter');
      quarter = parseQuarter(text) ?? null;
      if (quarter !== null) {
        const year = Number(quarter.slice(0, 4));
        if (year < this.years.from || year > this.years.to) {
          this.error(
            'quarter-out-of-range',
            `quarter ${showValue(text)} is outside the plausible years ${this.years.from} to ${this.years.to}; ` +
              `expected a quarter from ${this.years.from}-Q1 to ${this.years.to}-Q4 (check for a typo; ` +
              `the range is a setting: --years FROM..TO on the command line)`,
            ref,
            'quarter',
          );
          return undefined;
        }
      }
      this.quarterCache.set(text, quarter);
    }
    if (quarter === null) this.badQuarter(showValue(text), ref);
    return quarter ?? undefined;
  }

  badQuarter(shown: string, ref: number): undefined {
    this.error(
      'invalid-quarter',
      `quarter ${shown} is not a quarter; expected a quarter written like 2025-Q3`,
      ref,
      'quarter',
    );
    return undefined;
  }

  /** The section with this id. `note` ends the message of an unknown id (what was not read because of it). */
  section(text: string, ref: number, note = ''): Section | undefined {
    let section = this.sectionCache.get(text);
    if (section === undefined) {
      const id = text.trim();
      if (id === '')
        return this.missing(
          'section',
          'a section id such as "' + clip(this.taxonomy.sections[0]?.id ?? '') + '"',
          ref,
          'section',
        );
      section = this.sections.get(id) ?? this.sections.get(id.toLowerCase()) ?? null;
      this.sectionCache.set(text, section);
    }
    if (section === null) {
      const id = text.trim();
      const near = nearestId(id, this.sections.keys());
      this.error(
        'unknown-section',
        `unknown section "${clip(id)}"; ` +
          (near === undefined
            ? `expected a section of taxonomy "${clip(this.taxonomy.id)}": ${quoteList([...this.sections.keys()])}`
            : `did you mean "${clip(near)}"?`) +
          note,
        ref,
        'section',
      );
    }
    return section ?? undefined;
  }

  category(section: Section, text: string, ref: number, note = ''): string | undefined {
    const cache = this.categoryCache.get(section)!;
    let id = cache.get(text);
    if (id === undefined) {
      const trimmed = text.trim();
      if (trimmed === '')
        return this.missing('category', `a category of section "${clip(section.id)}"`, ref, 'category');
      const ids = this.categoryIds.get(section)!;
      id = ids.has(trimmed) ? trimmed : ids.has(trimmed.toLowerCase()) ? trimmed.toLowerCase() : null;
      cache.set(text, id);
    }
    if (id === null) {
      const written = text.trim();
      const ids = [...this.categoryIds.get(section)!];
      const near = nearestId(written, ids);
      this.error(
        'unknown-category',
        `unknown category "${clip(written)}" in section "${clip(section.id)}"; ` +
          (near === undefined ? `expected one of ${quoteList(ids)}` : `did you mean "${clip(near)}"?`) +
          note,
        ref,
        'category',
      );
    }
    return id ?? undefined;
  }

  /** A count from CSV text. Returns the count, or a negative marker (BLANK, or an error already reported). */
  countText(text: string, ref: number, section: Section | undefined): number {
    const n = readCountText(text);
    if (n >= 0 && (section === undefined || n <= 1 || !isOrganizationsUnit(section))) return n;
    return this.countProblem(n, n === NON_NUMERIC ? showValue(text) : clip(text.trim()), ref, section);
  }

  /** A count from a JSON value: only a JSON number is a count. */
  countValue(value: unknown, ref: number, section: Section | undefined): number {
    const n = readCountValue(value);
    if (n === NON_NUMERIC && typeof value === 'string' && readCountText(value) >= 0) {
      this.error(
        'non-numeric-count',
        `count "${clip(value)}" is text; expected a JSON number such as ${clip(value.trim())}, without quotes`,
        ref,
        'count',
      );
      return NON_NUMERIC;
    }
    if (n >= 0 && (section === undefined || n <= 1 || !isOrganizationsUnit(section))) return n;
    return this.countProblem(n, showValue(value), ref, section);
  }

  private countProblem(n: number, shown: string, ref: number, section: Section | undefined): number {
    switch (n) {
      case BLANK:
        this.warn('blank-count', `no count given; read as not reported (write 0 for a reported zero)`, ref, 'count');
        break;
      case NON_NUMERIC:
        this.error(
          'non-numeric-count',
          `count ${shown} is not a number; expected a whole number such as 0, 4 or 120`,
          ref,
          'count',
        );
        break;
      case NEGATIVE:
        this.error('negative-count', `count ${shown} is negative; expected a whole number of 0 or more`, ref, 'count');
        break;
      case FRACTIONAL: {
        const value = Number(shown.replace(/[",]/g, ''));
        this.error(
          'fractional-count',
          `count ${shown} is not a whole number; expected a whole number such as ${Math.floor(value)} or ${Math.ceil(value)}`,
          ref,
          'count',
        );
        break;
      }
      case TOO_LARGE:
        this.error(
          'count-too-large',
          `count ${shown} is more than ${MAX_COUNT.toLocaleString('en-US')}, the most accepted for one category in one ` +
            `quarter; expected a smaller whole number (check for a typo or a shifted column)`,
          ref,
          'count',
        );
        break;
      default:
        this.error(
          'not-yes-or-no',
          `count ${shown} in section "${clip(section!.id)}" is not 0 or 1; the section counts organizations, so each ` +
            `organization answers 1 (yes) or 0 (no)`,
          ref,
          'count',
        );
        return NON_NUMERIC;
    }
    return n;
  }

  private key(organization: string, quarter: Quarter): string {
    return `${organization}\u0000${quarter}`;
  }

  private newSlot(organization: string, quarter: Quarter, ref: number, key: string): Slot {
    const slot: Slot = { submission: { organization, quarter, counts: idRecord() }, refs: idRecord(), ref };
    this.slots.set(key, slot);
    return slot;
  }

  /** The submission a row adds to, made on first use. */
  slot(organization: string, quarter: Quarter, ref: number): Slot {
    const last = this.lastSlot;
    if (last !== undefined && last.submission.organization === organization && last.submission.quarter === quarter)
      return last;
    const key = this.key(organization, quarter);
    const slot = this.slots.get(key) ?? this.newSlot(organization, quarter, ref, key);
    this.lastSlot = slot;
    return slot;
  }

  /**
   * A whole submission (JSON): an organization has one per quarter, so a second is an error and is not read
   * (merging two could hide a double count).
   */
  submission(organization: string, quarter: Quarter, ref: number): Slot | undefined {
    const key = this.key(organization, quarter);
    const first = this.slots.get(key);
    if (first === undefined) return this.newSlot(organization, quarter, ref, key);
    this.error(
      'duplicate-submission',
      `organization "${clip(organization)}" has a second submission for ${quarter} (the first is ` +
        `${describePlace(this.locate(first.ref))}); expected one submission per organization and quarter, so this one was not read`,
      ref,
    );
    return undefined;
  }

  /** Adds one count; the same organization, quarter, section and category twice is an error naming both places. */
  put(slot: Slot, section: string, category: string, count: number, ref: number): void {
    const counts = (slot.submission.counts[section] ??= idRecord());
    const refs = (slot.refs[section] ??= idRecord());
    const first = refs[category];
    if (first === undefined) {
      counts[category] = count;
      refs[category] = ref;
      return;
    }
    const { organization, quarter } = slot.submission;
    this.error(
      'duplicate-row',
      `organization "${clip(organization)}", ${quarter}, section "${clip(section)}", category "${clip(category)}" is given twice ` +
        `(${describePlace(this.locate(first))} and ${describePlace(this.locate(ref))}); expected one count per ` +
        `organization, quarter, section and category`,
      ref,
    );
  }

  /**
   * The submissions in the order first seen, after the cross-section check: each single-select section that
   * covers all clients should add up to the organization's client count (a warning naming both numbers).
   */
  finish(): Submission[] {
    const clientSection = this.taxonomy.clientCountSection;
    const covering = this.taxonomy.sections.filter(
      (s) => s.coversAllClients && !s.multiSelect && s.id !== clientSection,
    );
    const submissions: Submission[] = [];
    for (const slot of this.slots.values()) {
      submissions.push(slot.submission);
      const clients = clientSection === undefined ? undefined : slot.submission.counts[clientSection];
      if (clients === undefined || covering.length === 0) continue;
      const clientCount = sum(clients);
      for (const section of covering) {
        const counts = slot.submission.counts[section.id];
        if (counts === undefined) continue;
        const total = sum(counts);
        if (total === clientCount) continue;
        const { organization, quarter } = slot.submission;
        const firstRef = Object.values(slot.refs[section.id]!)[0]!;
        this.warn(
          'inconsistent-total',
          `section "${clip(section.id)}" adds up to ${total} for organization "${clip(organization)}" in ${quarter}, but its ` +
            `client count (section "${clip(clientSection!)}") is ${clientCount}; expected them to match, since every ` +
            `client falls in exactly one category of "${clip(section.id)}"`,
          firstRef,
          'section',
        );
      }
    }
    return submissions;
  }
}

function sum(counts: Record<string, number>): number {
  let total = 0;
  for (const category in counts) total += counts[category]!;
  return total;
}
