import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests import the package by its public name, resolved to the sources.
    alias: [
      { find: /^callgate$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      { find: /^callgate\/(.*)$/, replacement: fileURLToPath(new URL('./src/$1.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Type tests of the public API (test/**/*.test-d.ts): checked by tsc, reported as tests.
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    // Bounds that catch a hang, not a slow machine: CLI tests spawn several `node dist/cli.js`
    // processes (0.3 s each idle, 3 s and more when CI shares the machine), PGlite compiles its WASM
    // in each worker. With 30 s, a CLI test timed out under load (6 busy cores' worth of other
    // work: 32 s); no assertion depends on time.
    testTimeout: 300_000,
    hookTimeout: 120_000,
    // Test files share a worker's module graph: importing luxon, date-holidays and libphonenumber
    // metadata once per worker instead of once per file halves the suite. Our modules hold no state
    // but memos that never change an answer.
    isolate: false,
  },
});
