#!/usr/bin/env node
// `pnpm start`: serves the demo (the sample report) on localhost and prints the address.
// A small static server with no dependencies: demo/ at /, the chart bundle at /charts/, sample data at /data/.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const mounts = [
  ['/charts/', join(root, 'packages/charts/dist/')],
  ['/data/', join(root, 'packages/core/data/')],
  ['/', join(root, 'demo/')],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

export function resolvePath(urlPath) {
  const path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  for (const [prefix, dir] of mounts) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) return undefined; // no escaping the mounted folder
    if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
    return file;
  }
  return undefined;
}

const server = createServer((req, res) => {
  const file = resolvePath(req.url ?? '/');
  if (!file || !existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    // The demo runs under the strict policy a member website might set: no inline script, no eval, no third party.
    'content-security-policy':
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'",
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(res);
});

const host = process.env.HOST ?? '127.0.0.1';
let port = Number(process.env.PORT ?? 8080);
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE' && !process.env.PORT) {
    port++;
    server.listen(port, host);
  } else throw error;
});
server.on('listening', () =>
  console.log(`\ncate demo: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/  (Ctrl+C to stop)\n`),
);
server.listen(port, host);
