#!/usr/bin/env node
// A static file server for the examples, with no dependencies: `node examples/serve.mjs [html|react|vue]`.
//   html   examples/html/ at /, the chart bundles (packages/charts/dist) at /cate/, the sample data at /cate/data/,
//          under the strict Content-Security-Policy a member's website might set. Run `pnpm build` first.
//   react, vue   the example built by vite (`pnpm exec vite build examples/react`), from its dist/.
// The example tests (test/examples/) serve the same way on a free port.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

/** No inline script, no eval, no third party: what the bundles must work under. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'";

/** The plain HTML example's folders: the page, the files a site would copy from @cate/charts, the data. */
export const htmlMounts = () => [
  ['/cate/data/', join(root, 'packages/core/data/')],
  ['/cate/', join(root, 'packages/charts/dist/')],
  ['/', join(root, 'examples/html/')],
];

/**
 * Serves folders at URL prefixes (most specific first) on 127.0.0.1. Port 0 picks a free port.
 * @param {Array<[string, string]>} mounts
 * @param {{ port?: number, csp?: string }} [options]
 * @returns {Promise<{ url: string, requests: string[], close: () => Promise<void> }>}
 */
export function serve(mounts, { port = 0, csp = STRICT_CSP } = {}) {
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    requests.push(path);
    const file = resolveFile(mounts, path);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': csp,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`,
        requests,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

function resolveFile(mounts, path) {
  for (const [prefix, dir] of mounts) {
    if (!path.startsWith(prefix)) continue;
    const base = resolve(dir);
    let file = normalize(join(base, path.slice(prefix.length)));
    if (file !== base && !file.startsWith(base + '/')) return undefined; // no escaping the mounted folder
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    return existsSync(file) ? file : undefined;
  }
  return undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const which = process.argv[2] ?? 'html';
  const mounts = which === 'html' ? htmlMounts() : [['/', join(root, 'examples', which, 'dist/')]];
  const port = Number(process.env.PORT ?? 8090);
  const { url } = await serve(mounts, { port });
  console.log(`cate ${which} example: ${url}  (Ctrl+C to stop)`);
}
