import type { Plugin } from 'esbuild';

/** One static part of a css`` literal as written in the source; `start`/`end`: it begins or ends the literal. */
export function minifyCssPart(text: string, edges?: { start?: boolean; end?: boolean }): string;
/** The source with every css`` literal's static parts minified. */
export function minifyCssLiterals(source: string, fileName?: string): string;
/** The esbuild plugin applying minifyCssLiterals to this repository's TypeScript sources. */
export const minifyCssLiteralsPlugin: Plugin;
