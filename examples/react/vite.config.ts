import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `pnpm exec vite examples/react` (dev) or `pnpm exec vite build examples/react` (to examples/react/dist).
// @cate/charts resolves as from npm, to its dist/ build: run `pnpm build` first.
export default defineConfig({
  plugins: [react()],
  base: './',
  // The synthetic sample dataset, served beside the app as sample-submissions.json.
  publicDir: fileURLToPath(new URL('../../packages/core/data', import.meta.url)),
});
