import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // `cli` is the `callgate` bin (src/cli.ts starts with a hashbang, kept by esbuild).
  entry: { index: 'src/index.ts', fr: 'src/fr.ts', us: 'src/us.ts', ca: 'src/ca.ts', uk: 'src/uk.ts', be: 'src/be.ts', ch: 'src/ch.ts', de: 'src/de.ts', es: 'src/es.ts', nl: 'src/nl.ts', it: 'src/it.ts', testing: 'src/testing.ts', holidays: 'src/holidays.ts', postgres: 'src/postgres.ts', cli: 'src/cli.ts', 'audit-reader': 'src/cli/audit/reader-thread.ts' },
  // Optional peer dependencies (the host installs what it uses): never bundled.
  external: ['fast-check', 'pg', '@electric-sql/pglite'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  splitting: true,
  treeshake: true,
  define: { __CALLGATE_VERSION__: JSON.stringify(pkg.version) },
});
