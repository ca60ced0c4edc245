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
  },
});
