import { defineConfig } from 'vitest/config';

/** Browser e2e: real headless Chromium (Debian package) against the production build served by vite preview. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
