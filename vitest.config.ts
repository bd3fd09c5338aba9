import { defineConfig } from 'vitest/config';
import { vitestAliases } from './tests/harness/vitest-aliases';

export default defineConfig({
  resolve: { alias: vitestAliases },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['tests/harness/global-setup.ts'],
    setupFiles: ['tests/harness/integration-env.ts'],
  },
});
