import type { Plugin } from 'esbuild';

/** The top-level statements of d3-array's dist file that the plugin marks pure. */
export const pureD3ArrayStatements: readonly string[];
/** The esbuild plugin marking them pure, so esbuild drops the ones nothing uses. */
export const pureD3Array: Plugin;
