// Types for scripts/serve.mjs (`pnpm start`), for the tests in TypeScript.
import type { Route } from './static-server.mjs';
/** The demo's strict CSP, plus `img-src blob:` for the chart's PNG export. */
export declare const DEMO_CSP: string;
/** `cate embed` as routes: list.json and snippet/SECTION.txt, from the built CLI. */
export declare function embedRoute(): Route;
/** Publishes the sample, writes the published figures and bundles the pages' scripts; returns the mounts. */
export declare function demoMounts(): Promise<Array<[string, string | Route]>>;
/** The site's pages, in the nav's order. */
export declare const PAGES: ReadonlyArray<{ file: string; label: string; title: string; scripts: string[] }>;
