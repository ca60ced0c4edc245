// Checks what `npm pack` would publish: the build, README, LICENSE, CHANGELOG, package.json; no
// tests, fixtures, sources maps of tests, examples or benchmarks.
import { execFileSync } from 'node:child_process';

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' })) as Array<{ files: Array<{ path: string; size: number }>; size: number; unpackedSize: number }>;
const files = pack!.files.map((f) => f.path);
const forbidden = files.filter((f) => /^(test|examples|bench|scripts|src|docs|\.ci)\//.test(f) || /\.test\./.test(f));
const required = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts'];
const missing = required.filter((f) => !files.includes(f));
console.log(`npm pack: ${files.length} files, ${(pack!.size / 1024).toFixed(1)} KiB packed, ${(pack!.unpackedSize / 1024).toFixed(1)} KiB unpacked`);
if (forbidden.length || missing.length) {
  if (forbidden.length) console.error(`must not be published: ${forbidden.join(', ')}`);
  if (missing.length) console.error(`missing from the package: ${missing.join(', ')}`);
  process.exit(1);
}
