// A small static file server with no dependencies: folders mounted at URL prefixes, served on localhost under a
// strict Content-Security-Policy. Used by `pnpm start` (scripts/serve.mjs) and the framework examples. Also the
// one way the demo and the examples get their data: `cate publish` of the synthetic sample (samplePublication).
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The synthetic sample's submissions: the coordinator's input, never served to a browser. */
export const SAMPLE_SUBMISSIONS = join(root, 'packages/core/data/sample-submissions.json');

/** The fixed release of the sample publication, so the file is the same on every run. */
export const SAMPLE_RELEASE = { id: 'cate-sample-2025-Q4', created: '2026-01-15' };

/**
 * Writes the sample's publication to `file` with the built `cate publish` (run `pnpm build` first): the one file
 * the demo and the examples serve. Returns the file.
 * @param {string} file
 */
export function samplePublication(file) {
  const cli = join(root, 'packages/cli/dist/cli.js');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run "pnpm build" first`);
  mkdirSync(dirname(file), { recursive: true });
  execFileSync(
    process.execPath,
    [
      cli,
      'publish',
      SAMPLE_SUBMISSIONS,
      '--out',
      file,
      '--release-id',
      SAMPLE_RELEASE.id,
      '--created',
      SAMPLE_RELEASE.created,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return file;
}

export const TYPES = {
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

/**
 * Serves folders at URL prefixes (most specific first). Port 0 picks a free port.
 * @param {Array<[string, string]>} mounts
 * @param {{ port?: number, host?: string, csp?: string }} [options]
 * @returns {Promise<{ url: string, requests: string[], close: () => Promise<void> }>}
 */
export function serve(mounts, { port = 0, host = '127.0.0.1', csp = STRICT_CSP } = {}) {
  const requests = [];
  const server = createServer((req, res) => {
    // A malformed request (a bad percent-escape, a NUL, a file that vanishes mid-read) gets an answer and the
    // server lives on: nothing from a request may throw out of this handler.
    try {
      let path;
      try {
        path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
      } catch {
        requests.push(req.url ?? '');
        res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request: malformed URL');
        return;
      }
      requests.push(path);
      const file = path.includes('\0') ? undefined : resolveFile(mounts, path);
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const stream = createReadStream(file);
      stream.once('error', () => {
        if (!res.headersSent) res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        else res.destroy();
      });
      stream.once('open', () => {
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': csp,
          'cache-control': 'no-store',
        });
        stream.pipe(res);
      });
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Server error');
      else res.destroy();
    }
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({
        url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${typeof address === 'object' && address ? address.port : port}/`,
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
    try {
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      return existsSync(file) && statSync(file).isFile() ? file : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
