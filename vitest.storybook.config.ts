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
        test: { name: 'stories', browser: browser(), testTimeout: 60_000 },
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
