// Debian's chromium and the flags it needs on these machines (see /work/shared/TOOLCHAIN.md): one list for
// every runner (web-test-runner, Storybook's vitest browser mode, the framework-example tests, the benchmark).
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** As root --no-sandbox is required; without the networking flags Chromium tries to reach the outside and is refused. */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);
