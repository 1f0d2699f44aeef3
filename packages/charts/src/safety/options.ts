import { formatLocation, type Problem } from '@cate/core';

/** An attribute or property an element could not use: which, what it was (cut short), what was expected. */
export interface AttributeProblem {
  attribute: string;
  value: string;
  expected: string;
}

/** How long a value from the page or from data may be in a message before it is cut with an ellipsis. */
export const SHOWN_LENGTH = 80;

/** Text cut to `length` characters with an ellipsis (never splitting a surrogate pair). */
export function cut(text: string, length = SHOWN_LENGTH): string {
  const chars = Array.from(text.length > length * 2 + 2 ? text.slice(0, length * 2 + 2) : text);
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : text;
}

/** A value as a message names it: text as it is (cut short), anything else by its kind. */
export function shownValue(value: unknown): string {
  if (typeof value === 'string') return cut(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return `a ${typeof value}`;
}

/** The value an attribute was given in the page, else the property's. */
function given(el: Element, attribute: string, value: unknown): string {
  const raw = el.getAttribute(attribute);
  return shownValue(raw ?? value);
}

/**
 * A number attribute: undefined when unset (the default applies), the number when it is finite and in range, else
 * undefined with a problem. Lit's Number converter turns "abc" into NaN: the message quotes the attribute's text.
 */
export function readNumber(
  el: Element,
  attribute: string,
  value: unknown,
  range: { min: number; max: number; integer?: boolean },
  problems: AttributeProblem[],
): number | undefined {
  if (value === undefined || value === null || (value === '' && !el.hasAttribute(attribute))) return undefined;
  if (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= range.min &&
    value <= range.max &&
    (!range.integer || Number.isInteger(value))
  )
    return value;
  problems.push({
    attribute,
    value: given(el, attribute, value),
    expected: `${range.integer ? 'a whole number' : 'a number'} from ${range.min} to ${range.max}`,
  });
  return undefined;
}

/** One of a list of words: undefined when unset or empty, the word when listed, else undefined with a problem. */
export function readChoice<T extends string>(
  el: Element,
  attribute: string,
  value: unknown,
  choices: readonly T[],
  problems: AttributeProblem[],
): T | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  problems.push({ attribute, value: given(el, attribute, value), expected: `one of ${choices.join(', ')}` });
  return undefined;
}

/** Tags already made canonical on this page (a few: one per language in use). */
const canonicalTags = new Map<string, string>();

/**
 * A BCP 47 locale, canonical ("es-MX"), or "en" with a problem when it is not one. Catalogues are looked up with
 * own-property checks, and a canonical tag cannot name an Object.prototype member ("constructor" is refused here).
 */
export function readLocale(el: Element | undefined, value: unknown, problems: AttributeProblem[]): string {
  if (value === undefined || value === null || value === '') return 'en';
  // English as most pages tag it is canonical already: no Intl (its first use on a page starts ICU).
  if (value === 'en' || value === 'en-US') return value;
  if (typeof value === 'string' && value.length <= 64) {
    const known = canonicalTags.get(value);
    if (known) return known;
    try {
      const [canonical] = Intl.getCanonicalLocales(value);
      if (canonical) {
        if (canonicalTags.size < 64) canonicalTags.set(value, canonical);
        return canonical;
      }
    } catch {
      // an invalid tag: said below
    }
  }
  problems.push({
    attribute: 'locale',
    value: el ? given(el, 'locale', value) : shownValue(value),
    expected: 'a BCP 47 language tag such as en, es or es-MX',
  });
  return 'en';
}

/**
 * The language an element inherits when its `locale` is not set: the nearest `lang` attribute, looking through
 * shadow roots to their hosts, as the HTML `lang` rule and other component libraries do. Undefined when none.
 */
export function inheritedLang(el: Element): string | undefined {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') || undefined;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/**
 * The locale an element uses: its `locale` attribute or property when set (checked, with a problem when it is not a
 * language tag), else the inherited `lang` (an unusable inherited one is English, without a problem: the page's
 * `lang` is not the element's to report), else English.
 */
export function effectiveLocale(el: Element, value: unknown, problems: AttributeProblem[]): string {
  if (value !== undefined && value !== null && value !== '') return readLocale(el, value, problems);
  return canonicalLocale(inheritedLang(el));
}

/** A locale as the renderers use it: canonical BCP 47 ("es-MX"), or "en" when it is not a language tag. */
export function canonicalLocale(value: unknown): string {
  return readLocale(undefined, value, []);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether a value has the shape the elements read from a taxonomy (core's checkTaxonomy is the full check):
 * undefined when it does, else where it does not (a path such as "sections[2].categories").
 */
export function taxonomyShapeProblem(value: unknown): string | undefined {
  if (!isObject(value)) return '(the taxonomy itself)';
  for (const key of ['sections', 'areas', 'organizations'] as const) if (!Array.isArray(value[key])) return key;
  if (value.introduction !== undefined && !Array.isArray(value.introduction)) return 'introduction';
  const sections = value.sections as unknown[];
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    if (!isObject(s) || typeof s.id !== 'string') return `sections[${i}].id`;
    if (typeof s.title !== 'string') return `sections[${i}].title`;
    if (!Array.isArray(s.categories)) return `sections[${i}].categories`;
    if (s.notes !== undefined && !Array.isArray(s.notes)) return `sections[${i}].notes`;
    if (s.sources !== undefined && !Array.isArray(s.sources)) return `sections[${i}].sources`;
  }
  const areas = value.areas as unknown[];
  for (let i = 0; i < areas.length; i++) {
    const a = areas[i];
    if (!isObject(a) || typeof a.id !== 'string') return `areas[${i}].id`;
  }
  const organizations = value.organizations as unknown[];
  for (let i = 0; i < organizations.length; i++) {
    const o = organizations[i];
    if (!isObject(o) || typeof o.id !== 'string') return `organizations[${i}].id`;
  }
  return undefined;
}

/** The expected shape of a taxonomy property, for its problem. */
export const TAXONOMY_EXPECTED =
  'a taxonomy object (sections, areas and organizations arrays; each section with an id, a title and categories)';

/**
 * The first problems of an error, each with where it is ("row 4, column "count": ..."), every part cut short: the
 * chart's and the report's visible error list them.
 */
export function locatedProblems(problems: readonly Problem[] | undefined, count = 3): string[] {
  if (!problems) return [];
  return problems
    .filter((p) => p.severity === 'error')
    .slice(0, count)
    .map((p) => {
      const where = formatLocation({ ...p.where, file: undefined });
      const message = cut(p.message, 200);
      return where && !message.startsWith(where) ? `${cut(where)}: ${message}` : message;
    });
}
