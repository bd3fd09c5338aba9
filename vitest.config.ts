import { defineConfig } from 'vitest/config';
import { vitestAliases } from './tests/support/vitest-aliases';

export default defineConfig({
  resolve: { alias: vitestAliases },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['tests/support/global-setup.ts'],
    setupFiles: ['tests/support/integration-env.ts'],
  },
});
