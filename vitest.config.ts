import { defineConfig } from 'vitest/config';

/** Unit tests: pure modules in Node (engine, data build, query layer on duckdb-wasm's blocking Node build). */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
