// Story tests: every Storybook story runs as a test in Debian's chromium (vitest browser mode, playwright
// provider), with axe-core (addon-a11y, `a11y.test: 'error'`) after its play function. Also the browser tests in
// test/stories (real keyboard input) and the node check that every taxonomy section has a story.
// Run: `vitest run -c vitest.storybook.config.ts`. Separate from vitest.config.ts (node unit tests).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import type { BrowserCommand } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const dirname = path.dirname(fileURLToPath(import.meta.url));

/** Windows high contrast and reduced motion, as the browser emulates them (test/stories/*.browser.test.ts). */
const emulateMedia: BrowserCommand<
  [{ forcedColors?: 'active' | 'none'; reducedMotion?: 'reduce' | 'no-preference'; colorScheme?: 'light' | 'dark' }]
> = async (context, media) => {
  await context.page.emulateMedia(media);
};

/** A fresh object per project: vitest names each project's browser instances in place. */
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] } }),
  instances: [{ browser: 'chromium' as const }],
  commands: { emulateMedia },
});

// Workspace packages resolve to their TypeScript sources, as in Storybook (.storybook/main.ts).
const conditions = ['source', 'module', 'browser', 'development|production'];

export default defineConfig({
  test: {
    projects: [
      {
        // Stories tagged "todo" are known gaps of the element: reported as skipped, not hidden.
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook'), tags: { skip: ['todo'] } })],
        // Each story is also compared with its reviewed screenshot (test/setup/story-screenshots.ts; references in
        // stories/__screenshots__, updated with `pnpm test:stories -u` after review). A small tolerance absorbs
        // anti-aliasing noise; a moved mark, a changed colour or a new label exceeds it.
        test: {
          name: 'stories',
          browser: {
            ...browser(),
            // Failure screenshots would land beside the reviewed references; the test output says what failed.
            screenshotFailures: false,
            expect: {
              toMatchScreenshot: {
                comparatorName: 'pixelmatch',
                comparatorOptions: { allowedMismatchedPixelRatio: 0.001 },
              },
            },
          },
          testTimeout: 60_000,
          setupFiles: ['./test/setup/story-screenshots.ts'],
          // One story file at a time: a screenshot needs its frame in view, and a frame out of view is throttled
          // (its lazy charts wait for an idle period that a background frame rarely gets).
          fileParallelism: false,
        },
      },
      {
        resolve: { conditions },
        test: {
          name: 'stories-browser',
          include: ['test/stories/**/*.browser.test.ts'],
          browser: browser(),
          testTimeout: 60_000,
        },
      },
      {
        resolve: { conditions: ['source'] },
        ssr: { resolve: { conditions: ['source'] } },
        test: {
          name: 'stories-node',
          include: ['test/stories/**/*.node.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
    ],
  },
});
