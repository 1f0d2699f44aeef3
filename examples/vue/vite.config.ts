import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// `pnpm exec vite examples/vue` (dev) or `pnpm exec vite build examples/vue` (to examples/vue/dist).
// @cate/charts resolves as from npm, to its dist/ build: run `pnpm build` first.
export default defineConfig({
  plugins: [
    vue({
      // <cate-chart> is a custom element, not a Vue component: Vue renders it as is.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('cate-') } },
    }),
  ],
  base: './',
  // The sample's publication (cate publish of the synthetic sample), served beside the app as publication.json.
  // Only the publication: the members' submissions never go into a site.
  publicDir: fileURLToPath(new URL('../data', import.meta.url)),
});
