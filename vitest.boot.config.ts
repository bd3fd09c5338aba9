// Boot refusal and build tests: real `next build` / `next start` processes against a local backend.
// Slow by nature, so kept out of the unit run: `npm run test:boot`.
import { defineConfig } from 'vitest/config';
import { vitestAliases } from './tests/harness/vitest-aliases';

export default defineConfig({
  resolve: { alias: vitestAliases },
  test: {
    include: ['tests/boot/**/*.test.ts'],
    environment: 'node',
    // Builds the app once (only when .next is stale or not ours) before any file runs.
    globalSetup: ['tests/harness/boot-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Two cores: two server processes at a time is what the machine can take without skewing timings.
    maxWorkers: 2,
    maxConcurrency: 2,
  },
});
