import * as z from 'zod';
import type { Problem, Section, Taxonomy } from '@cate/core';
import { didYouMean } from './nearest.js';

/*
 * The importer's config: how one organization's client-level export (one row per client) maps to the
 * taxonomy's sections and categories. Example: packages/cli/examples/import-config.json.
 */

/** Where an answer goes: a category id of the section, or null for "counts the client in no category". */
const Target = z.union([z.string().check(z.minLength(1, 'expected a category id, or null')), z.null()]);

/** One section: the column it is read from, and how answers map to its category ids. */
export const SectionMapping = z.strictObject({
  /** The export's column header (matched trimmed, then case-insensitively). */
  column: z.string().check(z.minLength(1, 'expected the name of a column of the export')),
  /**
   * Answer -> category id (or null: the client is counted in no category of this section). Answers are matched
   * trimmed and case-insensitively; an answer not listed here may also be a category's id or label.
   */
  values: z.optional(z.record(z.string(), Target)),
  /** What a blank answer means: a category id (often "unknown") or null. Without it, a blank answer is an error. */
  blank: z.optional(Target),
});
export type SectionMapping = z.infer<typeof SectionMapping>;

export const IMPORT_CONFIG_FORMAT = 'cate-import@1';

export const ImportConfig = z.strictObject({
  /** Always "cate-import@1": names this schema and its version. */
  format: z.literal(IMPORT_CONFIG_FORMAT, `expected "${IMPORT_CONFIG_FORMAT}"`),
  /** A free-text note for people (ignored). */
  description: z.optional(z.string()),
  /** The taxonomy id the config was written for; checked against the taxonomy in use. */
  taxonomy: z.optional(z.string()),
  /** Separates the answers of a multi-select section in one cell. Default "|". */
  delimiter: z.optional(z.string().check(z.minLength(1, 'expected a separator such as "|"'))),
  /** A column holding a client id: a client in two rows is an error (they would be counted twice). */
  clientId: z.optional(z.string().check(z.minLength(1, 'expected the name of a column of the export'))),
  /** Columns of the export that are deliberately not read (others not mapped get one warning). */
  ignoreColumns: z.optional(z.array(z.string())),
  /** Section id -> how to read it. A section not listed is not reported by this import. */
  sections: z
    .record(z.string(), SectionMapping)
    .check(z.refine((s) => Object.keys(s).length > 0, 'expected at least one section')),
});
export type ImportConfig = z.infer<typeof ImportConfig>;

/** An answer as it is compared: trimmed, inner spaces collapsed, lower case. */
export function normalizeAnswer(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A section ready to read: its answers resolved to category positions (null: no category). */
export interface ResolvedSection {
  section: Section;
  column: string;
  answers: Map<string, number | null>;
  /** Position of the blank answer's category, null for no category, undefined when a blank is an error. */
  blank: number | null | undefined;
  /** Answers to suggest from when one is not recognized: the config's, the category ids and labels. */
  suggestions: string[];
}

export interface CheckedConfig {
  config?: ImportConfig;
  sections: ResolvedSection[];
  problems: Problem[];
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** Paths of own `__proto__` keys (JSON.parse makes them own properties; zod's records would turn them into prototypes). */
function protoKeys(value: unknown, path: string, found: string[], depth = 0): string[] {
  if (typeof value !== 'object' || value === null || depth > 16 || found.length >= 10) return found;
  if (Array.isArray(value)) value.forEach((item, i) => protoKeys(item, `${path}[${i}]`, found, depth + 1));
  else
    for (const key of Object.keys(value)) {
      const at = path === '' ? key : `${path}.${clip(key)}`;
      if (key === '__proto__') found.push(at);
      else protoKeys((value as Record<string, unknown>)[key], at, found, depth + 1);
    }
  return found;
}

/** Checks a parsed config: its shape, then every section and category id against the taxonomy. Never throws. */
export function checkImportConfig(input: unknown, taxonomy: Taxonomy, file: string): CheckedConfig {
  const problems: Problem[] = [];
  const error = (path: string, code: string, message: string) =>
    problems.push({ severity: 'error', code, message, where: { file, path } });
  for (const path of protoKeys(input, '', []))
    error(path, 'unknown-field', `"__proto__" is not a config field, a section id or an answer; expected none`);
  if (problems.length > 0) return { sections: [], problems };
  const parsed = ImportConfig.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code !== 'unrecognized_keys') {
        error(pathOf(issue.path), 'invalid-config', clip(issue.message));
        continue;
      }
      const fields = Object.keys((issue.path.length === 0 ? ImportConfig : SectionMapping).shape);
      for (const key of issue.keys)
        error(
          pathOf([...issue.path, clip(key)]),
          'unknown-field',
          `"${clip(key)}" is not a config field${didYouMean(key, fields)}; expected ${fields.join(', ')}`,
        );
    }
    return { sections: [], problems };
  }
  const config = parsed.data;
  if (config.taxonomy !== undefined && config.taxonomy !== taxonomy.id)
    error(
      'taxonomy',
      'taxonomy-mismatch',
      `the config is for taxonomy "${clip(config.taxonomy)}", but the taxonomy in use is "${clip(taxonomy.id)}"`,
    );

  const byId = new Map(taxonomy.sections.map((s) => [s.id, s]));
  const sections: ResolvedSection[] = [];
  for (const [id, mapping] of Object.entries(config.sections)) {
    const at = `sections.${clip(id)}`;
    const section = byId.get(id);
    if (section === undefined) {
      error(at, 'unknown-section', `unknown section "${clip(id)}"${didYouMean(id, byId.keys())}`);
      continue;
    }
    if (section.unit === 'organizations' || section.unit === 'percent-of-organizations') {
      error(
        at,
        'organization-section',
        `section "${clip(id)}" counts organizations, not clients: a client-level export cannot fill it`,
      );
      continue;
    }
    const ids = section.categories.map((c) => c.id);
    const position = (target: string | null, path: string): number | null | undefined => {
      if (target === null) return null;
      const i = ids.indexOf(target);
      if (i < 0)
        error(
          path,
          'unknown-category',
          `unknown category "${clip(target)}" in section "${clip(id)}"${didYouMean(target, ids)}; expected one of ${ids.join(', ')}, or null`,
        );
      return i < 0 ? undefined : i;
    };
    // Category ids and labels are answers too; the config's own answers come first and may override them.
    const answers = new Map<string, number | null>();
    section.categories.forEach((c, i) => {
      answers.set(normalizeAnswer(c.label), i);
      answers.set(normalizeAnswer(c.id), i);
    });
    const own = new Map<string, { answer: string; target: number | null }>();
    for (const [answer, target] of Object.entries(mapping.values ?? {})) {
      const path = `${at}.values[${JSON.stringify(clip(answer))}]`;
      const resolved = position(target, path);
      if (resolved === undefined) continue;
      const key = normalizeAnswer(answer);
      const earlier = own.get(key);
      if (earlier !== undefined && earlier.target !== resolved)
        error(
          path,
          'conflicting-answer',
          `answer "${clip(answer)}" is also listed as "${clip(earlier.answer)}" with another category; answers are compared ignoring case and spaces`,
        );
      own.set(key, { answer, target: resolved });
      answers.set(key, resolved);
    }
    const blank = mapping.blank === undefined ? undefined : position(mapping.blank, `${at}.blank`);
    const suggestions = [...Object.keys(mapping.values ?? {}), ...section.categories.map((c) => c.label), ...ids];
    sections.push({ section, column: mapping.column, answers, blank, suggestions });
  }
  return problems.length > 0 ? { sections, problems } : { config, sections, problems };
}
