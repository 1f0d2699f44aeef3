import { defineConfig } from 'tsup';

// The bin: one ESM file with a shebang. @cate/core stays a dependency (not inlined) so npx installs one copy.
export default defineConfig({
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
  banner: { js: '#!/usr/bin/env node' },
  external: ['@cate/core'],
});
