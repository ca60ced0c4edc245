import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', fr: 'src/fr.ts', us: 'src/us.ts', testing: 'src/testing.ts' },
  // Optional peers stay out of the bundle.
  external: ['fast-check', 'pg', '@electric-sql/pglite'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  splitting: true,
  treeshake: true,
});
