// Boot refusal and build tests: real `next build` / `next start` processes against a local backend.
// Slow by nature, so kept out of the unit run: `npm run test:boot`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      'server-only': fileURLToPath(new URL('./tests/support/server-only-stub.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/boot/**/*.test.ts'],
    environment: 'node',
    // Builds the app once (only when .next is stale or not ours) before any file runs.
    globalSetup: ['tests/boot/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Two cores: two server processes at a time is what the machine can take without skewing timings.
    maxWorkers: 2,
    maxConcurrency: 2,
  },
});
