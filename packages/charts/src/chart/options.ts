import type { Taxonomy } from '@cate/core';
import { CHART_KINDS, type ChartKind } from '../layout/kinds.js';
import { attributeError, type ChartError } from '../load.js';
import { CHART_MAX_BYTES } from '../safety/limits.js';
import {
  effectiveLocale,
  readChoice,
  readNumber,
  shownValue,
  taxonomyShapeProblem,
  TAXONOMY_EXPECTED,
  type AttributeProblem,
} from '../safety/options.js';

const THEMES = ['light', 'dark', 'auto'] as const;
const FORMATS = ['json', 'csv'] as const;
const LOADINGS = ['lazy', 'eager'] as const;

/** The attributes and properties as the element uses them: each checked, a default where one was not usable. */
export interface Options {
  locale: string;
  height: number | undefined;
  width: number | undefined;
  timeout: number;
  maxBytes: number;
  headingLevel: number;
  theme: 'light' | 'dark' | 'auto';
  kind: ChartKind | undefined;
  format: 'json' | 'csv' | undefined;
  loading: 'lazy' | 'eager';
  problems: AttributeProblem[];
}

/** The element's attributes and properties that `readOptions` checks. */
export interface OptionSource extends Element {
  locale: string;
  height: number | undefined;
  width: number | undefined;
  timeout: number;
  maxBytes: number | undefined;
  headingLevel: number;
  theme: string;
  kind: string;
  format: string | undefined;
  loading: string;
}

export const DEFAULT_OPTIONS: Options = {
  locale: 'en',
  height: undefined,
  width: undefined,
  timeout: 15000,
  maxBytes: CHART_MAX_BYTES,
  headingLevel: 2,
  theme: 'auto',
  kind: undefined,
  format: undefined,
  loading: 'lazy',
  problems: [],
};

/** Every attribute and property checked: what is used, and what could not be (said above the chart). */
export function readOptions(el: OptionSource): Options {
  const problems: AttributeProblem[] = [];
  const locale = effectiveLocale(el, el.locale, problems);
  const height = readNumber(el, 'height', el.height, { min: 80, max: 4000 }, problems);
  const width = readNumber(el, 'width', el.width, { min: 120, max: 4000 }, problems);
  const timeout = readNumber(el, 'timeout', el.timeout, { min: 1, max: 600_000 }, problems);
  const maxBytes = readNumber(el, 'max-bytes', el.maxBytes, { min: 1, max: 2 ** 31, integer: true }, problems);
  const headingLevel = readNumber(el, 'heading-level', el.headingLevel, { min: 1, max: 6, integer: true }, problems);
  const theme = readChoice(el, 'theme', el.theme, THEMES, problems);
  const kind = readChoice(el, 'kind', el.kind, CHART_KINDS, problems);
  const format = readChoice(el, 'format', el.format, FORMATS, problems);
  const loading = readChoice(el, 'loading', el.loading, LOADINGS, problems);
  return {
    locale,
    height,
    width,
    timeout: timeout ?? DEFAULT_OPTIONS.timeout,
    maxBytes: maxBytes ?? CHART_MAX_BYTES,
    headingLevel: headingLevel ?? DEFAULT_OPTIONS.headingLevel,
    theme: theme ?? 'auto',
    kind,
    format,
    loading: loading ?? 'lazy',
    problems,
  };
}

/**
 * The taxonomy given, when it has the shape the element reads; undefined when none is given (the element then
 * draws the text the data carries, or the CATE taxonomy's, loaded on demand) or it is wrong (then `taxonomyError`
 * says so and nothing is drawn).
 */
export function usableTaxonomy(taxonomy: Taxonomy | undefined | null): Taxonomy | undefined {
  return taxonomy && taxonomyShapeProblem(taxonomy) === undefined ? taxonomy : undefined;
}

/** A wrong `taxonomy` property: nothing can be looked up in it, so nothing is drawn. */
export function taxonomyError(taxonomy: Taxonomy | undefined | null): ChartError | undefined {
  if (taxonomy === undefined || taxonomy === null) return undefined;
  const where = taxonomyShapeProblem(taxonomy);
  if (where === undefined) return undefined;
  return attributeError('invalid-attribute', {
    attribute: 'taxonomy',
    value: where === '(the taxonomy itself)' ? shownValue(taxonomy) : `a taxonomy whose ${where} is not usable`,
    expected: TAXONOMY_EXPECTED,
  });
}
