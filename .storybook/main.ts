import type { StorybookConfig } from '@storybook/web-components-vite';
import { sectionStoriesIndexer, sectionStoriesPlugin } from './section-stories.js';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  // Area files get one story per taxonomy section (see section-stories.ts).
  experimental_indexers: async (existing) => [sectionStoriesIndexer, ...(existing ?? [])],
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [sectionStoriesPlugin(), ...(viteConfig.plugins ?? [])],
    // Pre-bundled up front: a dependency found mid-run makes Vite reload the page under a running story test.
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'lit',
        'lit/directives/if-defined.js',
        'lit/directives/keyed.js',
        'lit/directives/style-map.js',
      ],
    },
    resolve: {
      ...viteConfig.resolve,
      // Workspace packages resolve to their TypeScript sources ("source" export condition): stories never depend
      // on a stale build. The rest are Vite's default client conditions.
      conditions: ['source', 'module', 'browser', 'development|production'],
    },
  }),
};

export default config;
