import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', fr: 'src/fr.ts', postgres: 'src/postgres.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  splitting: true,
  treeshake: true,
  // Optional peer dependencies: the host installs the driver it uses; never bundled.
  external: ['pg', '@electric-sql/pglite'],
});
