import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', fr: 'src/fr.ts', us: 'src/us.ts', testing: 'src/testing.ts', postgres: 'src/postgres.ts' },
  // Optional peer dependencies (the host installs what it uses): never bundled.
  external: ['fast-check', 'pg', '@electric-sql/pglite'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  splitting: true,
  treeshake: true,
});
