#!/usr/bin/env node
// A static file server for the examples, with no dependencies: `node examples/serve.mjs [html|react|vue]`.
//   html   examples/html/ at /, the chart bundles (packages/charts/dist) at /cate/, and at /cate/data/ the sample's
//          publication (examples/data/publication.json, from `cate publish`; no submissions), under the strict
//          Content-Security-Policy a member's website might set. Run `pnpm build` first.
//   react, vue   the example built by vite (`pnpm exec vite build examples/react`), from its dist/.
// The example tests (test/examples/) serve the same way on a free port.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, STRICT_CSP } from '../scripts/static-server.mjs';

export { serve, STRICT_CSP };

const root = fileURLToPath(new URL('..', import.meta.url));

/** The plain HTML example's folders: the page, the files a site would copy from @cate/charts, the publication. */
export const htmlMounts = () => [
  ['/cate/data/', join(root, 'examples/data/')],
  ['/cate/', join(root, 'packages/charts/dist/')],
  ['/', join(root, 'examples/html/')],
];

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const which = process.argv[2] ?? 'html';
  const mounts = which === 'html' ? htmlMounts() : [['/', join(root, 'examples', which, 'dist/')]];
  const port = Number(process.env.PORT ?? 8090);
  const { url } = await serve(mounts, { port });
  console.log(`cate ${which} example: ${url}  (Ctrl+C to stop)`);
}
