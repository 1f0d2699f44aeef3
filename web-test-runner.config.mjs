// Browser tests for @cate/charts in Debian's chromium (see /work/shared/TOOLCHAIN.md).
// Packages resolve to their TypeScript sources through the "source" export condition, so no build is needed,
// except by test/browser/bundle.test.ts, which loads packages/charts/dist (run `pnpm --filter @cate/charts build` first).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const args = [
  ...CHROMIUM_ARGS,
  // Tests run in several pages at once: keep background pages painting (requestAnimationFrame, ResizeObserver).
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: forced-colours mode for the page, through the
 * DevTools protocol (puppeteer's emulateMediaFeatures, and so the stock emulate-media command, refuses the feature).
 */
const cdpSessions = new WeakMap();
const forcedColorsPlugin = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    const value = payload?.active ? 'active' : 'none';
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
    return true;
  },
};

export default {
  rootDir: '.',
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), forcedColorsPlugin],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args },
    }),
  ],
  // One page at a time: a background page gets no animation frames, and the element sizes itself in one.
  concurrency: 1,
  // Generous per-test time: a busy 2-core machine must not fail a correct test (the axe run over a whole report
  // took over 10 s on one); speed is measured by the benchmarks, not here.
  testFramework: { config: { timeout: 60000 } },
  testsFinishTimeout: 600000,
};
