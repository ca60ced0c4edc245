// Reports the size of each entry point as a user's bundler would ship it (minified, dependencies
// included, optional peers excluded) and how much each dependency contributes. Run after the build.
import { build } from 'esbuild';

const entries = ['index', 'fr', 'testing'] as const;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

for (const entry of entries) {
  const result = await build({
    entryPoints: [`dist/${entry}.js`],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    write: false,
    metafile: true,
    external: ['fast-check', 'pg', '@electric-sql/pglite'],
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  const byPackage = new Map<string, number>();
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    const name = m ? m[1]! : 'callgate';
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
  }
  console.log(`callgate${entry === 'index' ? '' : `/${entry}`}: ${kb(output.bytes)} minified`);
  for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(28)} ${kb(bytes).padStart(10)}`);
}
