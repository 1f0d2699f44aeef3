// Issue 13: the demo and example static servers (scripts/static-server.mjs, used by scripts/serve.mjs and
// examples/serve.mjs) answer a malformed request with 400 or 404 and live on. The shared server is tested
// in-process; examples/serve.mjs is also run as the process a user starts.
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectPrototypeUntouched } from '../../../test/hostile/corpus.js';
import { repoRoot } from './helpers.js';

interface Served {
  url: string;
  close: () => Promise<void>;
}

const HOSTILE_PATHS: ReadonlyArray<[string, number]> = [
  ['/%E0%A4%A', 400],
  ['/%', 400],
  ['/%zz', 400],
  ['/..%2f..%2fetc/passwd', 404],
  ['/%2e%2e/%2e%2e/package.json', 404],
  ['/../../package.json', 404],
  ['/%00', 404],
  ['/index.html%00.js', 404],
  [`/${'a'.repeat(5000)}`, 404],
];

async function status(base: string, path: string): Promise<{ status: number; body: string }> {
  const response = await fetch(new URL(base).origin + path);
  return { status: response.status, body: await response.text() };
}

/** A raw request line the HTTP parser refuses: the server must answer (or close) and keep serving. */
function rawRequest(base: string, text: string): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname, () => socket.write(text));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', () => resolve(answer));
    setTimeout(() => socket.destroy(), 2000);
  });
}

describe('scripts/static-server.mjs (pnpm start and the examples)', () => {
  let served: Served;
  beforeAll(async () => {
    const { serve } = await import('../../../scripts/static-server.mjs');
    // scripts/serve.mjs (pnpm start) has no type declarations: import it by path, for its CSP.
    const demo = join(repoRoot, 'scripts', 'serve.mjs');
    const { DEMO_CSP } = (await import(/* @vite-ignore */ demo)) as { DEMO_CSP: string };
    served = await serve([['/', join(repoRoot, 'examples', 'html')]], { csp: DEMO_CSP });
  });
  afterAll(() => served.close());

  it.each(HOSTILE_PATHS)('%s gets %i, and the server lives on', async (path, expected) => {
    const answer = await status(served.url, path);
    expect(answer.status).toBe(expected);
    expect(answer.body).not.toMatch(/root:|"name"/);
    expect((await status(served.url, '/')).status).toBe(200);
    expectPrototypeUntouched();
  });

  it('a request line the HTTP parser refuses gets 400, and the server lives on', async () => {
    expect(await rawRequest(served.url, 'GET /\u0000 HTTP/1.1\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    expect((await status(served.url, '/')).status).toBe(200);
  });

  it('the strict CSP is still sent with every file', async () => {
    const response = await fetch(served.url);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});

describe('examples/serve.mjs, run as a process', () => {
  let child: ChildProcess;
  let url = '';
  beforeAll(async () => {
    child = spawn(process.execPath, [join(repoRoot, 'examples', 'serve.mjs'), 'html'], {
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk) => {
        out += chunk.toString();
        const match = /(http:\/\/\S+\/)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`examples/serve.mjs exited with ${code}`)));
      setTimeout(() => reject(new Error(`examples/serve.mjs printed no URL: ${out}`)), 20_000);
    });
  }, 30_000);
  afterAll(() => {
    child.kill();
  });

  it('malformed URLs get 400/404 and the process keeps serving', async () => {
    for (const [path, expected] of HOSTILE_PATHS) expect((await status(url, path)).status).toBe(expected);
    expect(await rawRequest(url, 'NOT-HTTP\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    expect((await status(url, '/')).status).toBe(200);
    expect(child.exitCode).toBeNull();
  });
});
