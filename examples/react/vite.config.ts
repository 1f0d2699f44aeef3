import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `pnpm exec vite examples/react` (dev) or `pnpm exec vite build examples/react` (to examples/react/dist).
// @cate/charts resolves as from npm, to its dist/ build: run `pnpm build` first.
export default defineConfig({
  plugins: [react()],
  base: './',
  // The sample's publication (cate publish of the synthetic sample), served beside the app as publication.json.
  // Only the publication: the members' submissions never go into a site.
  publicDir: fileURLToPath(new URL('../data', import.meta.url)),
});
