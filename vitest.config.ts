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
    testTimeout: 30_000,
    // Test files share a worker's module graph: importing luxon, date-holidays and libphonenumber
    // metadata once per worker instead of once per file halves the suite. Our modules hold no state
    // but memos that never change an answer.
    isolate: false,
  },
});
