// A small static file server: folders mounted at URL prefixes, each served by sirv, on localhost under a strict
// Content-Security-Policy. Used by `pnpm start` (scripts/serve.mjs) and the framework examples. Also the one way
// the demo and the examples get their data: `cate publish` of the synthetic sample (samplePublication).
//
// sirv serves the files; a guard in front of it answers what sirv would not: a method other than GET or HEAD
// (405), an overlong URL (414), a malformed percent-escape (400), a NUL or a `..` segment (404, never a file
// outside its folder), a Range header (ignored: every answer is the whole file, as before), and a read that fails
// once the answer has begun (the connection is closed). Nothing from a request may throw out of the handler.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

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
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

/** No inline script, no eval, no third party: what the bundles must work under. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'";

/** The longest request target served (a longer one gets 414); far above any path this project serves. */
export const MAX_URL_LENGTH = 8192;

/**
 * A handler for the paths under a prefix that are made on request rather than read from a folder: given the
 * decoded path after the prefix, the answer, or undefined for 404. It may reject; the client then gets 500.
 * @typedef {(path: string) => Promise<{ type: string, body: string, status?: number } | undefined>} Route
 */

/**
 * Serves folders (or routes) at URL prefixes; the first prefix that matches answers (list the most specific
 * first). Port 0 picks a free port.
 * @param {Array<[string, string | Route]>} mounts
 * @param {{ port?: number, host?: string, csp?: string }} [options]
 * @returns {Promise<{ url: string, requests: string[], close: () => Promise<void> }>}
 */
export function serve(mounts, { port = 0, host = '127.0.0.1', csp = STRICT_CSP } = {}) {
  const requests = [];
  const headers = (res, type) => {
    res.setHeader('content-type', type);
    res.setHeader('content-security-policy', csp);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'no-store');
  };
  const handlers = mounts.map(([prefix, target]) => ({
    prefix,
    route: typeof target === 'function' ? target : undefined,
    folder:
      typeof target === 'function'
        ? undefined
        : sirv(target, {
            dev: true, // read the folder on each request: files written after start are served
            etag: false,
            dotfiles: false,
            extensions: ['html'],
            // A path without an extension was answered with its .html or index.html (no served file lacks one).
            setHeaders: (res, path) => headers(res, TYPES[extname(path) || '.html'] ?? 'application/octet-stream'),
          }),
  }));
  const server = createServer((req, res) => {
    const refuse = (status, message, extra = {}) => {
      if (res.headersSent) return void res.destroy();
      res
        .writeHead(status, {
          'content-type': 'text/plain; charset=utf-8',
          'x-content-type-options': 'nosniff',
          ...extra,
        })
        .end(message);
    };
    try {
      const url = req.url ?? '/';
      requests.push(url.length > 200 ? `${url.slice(0, 200)}…` : url);
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return refuse(405, 'Method not allowed: this server only reads files', { allow: 'GET, HEAD' });
      if (url.length > MAX_URL_LENGTH) return refuse(414, 'URI too long');
      let path;
      try {
        path = decodeURIComponent(url.split('?')[0]);
      } catch {
        return refuse(400, 'Bad request: malformed URL');
      }
      requests[requests.length - 1] = path;
      const segments = path.split(/[/\\]/);
      if (!path.startsWith('/') || path.includes('\0') || segments.includes('..')) return refuse(404, 'Not found');
      const mount = handlers.find(({ prefix }) => path.startsWith(prefix));
      if (!mount) return refuse(404, 'Not found');
      const rest = path.slice(mount.prefix.length);
      if (mount.folder) {
        delete req.headers.range; // whole files only
        // sirv pipes a read stream into the response without an error listener: close the connection instead.
        res.once('pipe', (source) => source.once('error', () => refuse(404, 'Not found')));
        // sirv reads the path within the folder from req.url: the decoded rest, encoded again (`?` and `#` too).
        req.url = `/${encodeURI(rest).replace(/[?#]/g, encodeURIComponent)}`;
        return mount.folder(req, res, () => refuse(404, 'Not found'));
      }
      mount.route(rest).then(
        (answer) => {
          if (!answer) return refuse(404, 'Not found');
          headers(res, answer.type);
          res.writeHead(answer.status ?? 200).end(req.method === 'HEAD' ? undefined : answer.body);
        },
        () => refuse(500, 'Server error'),
      );
    } catch {
      refuse(500, 'Server error');
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
