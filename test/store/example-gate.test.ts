// Runs examples/gate-pglite.ts as a user would: against the built package (dist, via the
// package's self-reference), with a real PGlite database in a temporary directory.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

it('examples/gate-pglite.ts reserves 4 calls and is refused the 5th (D.223-9 al. 3)', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'examples/gate-pglite.ts'], { cwd: root, timeout: 280_000 });
  const lines = stdout.trim().split('\n');
  expect(lines.map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual([
    '2026-11-23 allow', '2026-11-24 allow', '2026-11-25 allow', '2026-11-26 allow', '2026-11-27 deny',
  ]);
  expect(lines[4]).toMatch(/fr\.frequency\.limit.*next allowed: 2026-12-23T10:30:00\+01:00$/);
});
