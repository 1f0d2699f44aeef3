#!/usr/bin/env node
// `pnpm start`: serves the demo (the whole report with the sample data) on localhost and prints the address:
// demo/ at /, the chart bundles at /charts/, the sample data at /data/, under a strict Content-Security-Policy.
import { fileURLToPath } from 'node:url';
import { serve, STRICT_CSP } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const mounts = [
  ['/charts/', `${root}packages/charts/dist/`],
  ['/data/', `${root}packages/core/data/`],
  ['/', `${root}demo/`],
];

// The strict policy a member's site might set, plus `img-src blob:`, which the chart's PNG export needs.
const csp = STRICT_CSP.replace("img-src 'self' data:", "img-src 'self' data: blob:");

const host = process.env.HOST ?? '127.0.0.1';
let port = Number(process.env.PORT ?? 8080);
// Without an explicit PORT, take the next free port rather than fail.
for (;;) {
  try {
    const { url } = await serve(mounts, { port, host, csp });
    console.log(`\ncate demo: ${url}  (Ctrl+C to stop)\n`);
    break;
  } catch (error) {
    if (error.code !== 'EADDRINUSE' || process.env.PORT) throw error;
    port++;
  }
}
