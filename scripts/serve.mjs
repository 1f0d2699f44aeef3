#!/usr/bin/env node
// `pnpm start`: publishes the synthetic sample with `cate publish` and serves the demo (the whole report drawn
// from that publication) on localhost: demo/ at /, the chart bundles at /charts/, and at /data/ the one file a
// visitor's browser may receive, publication.json. The submissions are not in the served tree.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { samplePublication, serve, STRICT_CSP } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The demo's mounts, with the sample's publication written to a fresh folder of its own (only that file in it).
 * @returns {Array<[string, string]>}
 */
export function demoMounts() {
  const data = mkdtempSync(join(tmpdir(), 'cate-demo-data-'));
  samplePublication(join(data, 'publication.json'));
  return [
    ['/charts/', `${root}packages/charts/dist/`],
    ['/data/', data],
    ['/', `${root}demo/`],
  ];
}

// The strict policy a member's site might set, plus `img-src blob:`, which the chart's PNG export needs.
export const DEMO_CSP = STRICT_CSP.replace("img-src 'self' data:", "img-src 'self' data: blob:");

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log('cate demo: publishing the synthetic sample (cate publish)…');
  const mounts = demoMounts();
  const host = process.env.HOST ?? '127.0.0.1';
  let port = Number(process.env.PORT ?? 8080);
  // Without an explicit PORT, take the next free port rather than fail.
  for (;;) {
    try {
      const { url } = await serve(mounts, { port, host, csp: DEMO_CSP });
      console.log(`\ncate demo: ${url}  (Ctrl+C to stop)\n`);
      break;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || process.env.PORT) throw error;
      port++;
    }
  }
}
