import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';
import { E2E_APP_PORT, E2E_BACKEND_PORT, E2E_CHECKOUT_APP_PORT, E2E_MAIL_PORT } from './tests/harness/e2e-env';

const E2E_BASE_URL = `http://localhost:${E2E_APP_PORT}`;

/** Playwright's own Chromium when it was downloaded; otherwise the system's (Debian's chromium). */
function chromiumExecutable(): string | undefined {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // no bundled browser registered
  }
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  globalTeardown: './tests/harness/e2e-teardown.ts',
  // Visual baselines (tests/e2e/visual.spec.ts) are Debian Chromium's, for every machine that runs the
  // suite (.ci/run, the CI workflow); the tolerance absorbs anti-aliasing, not a moved layout.
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFileName}/{arg}{ext}',
  expect: { toHaveScreenshot: { maxDiffPixelRatio: 0.01, animations: 'disabled', caret: 'hide', scale: 'css' } },
  use: {
    baseURL: E2E_BASE_URL,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
    trace: 'retain-on-failure',
  },
  // One build, two servers (tests/harness/e2e-server.ts): the test payment provider, and commercetools
  // Checkout against the local backend's simulation (its spec waits for that server itself).
  // The visual snapshots run first, on the freshly seeded catalog: the other specs buy stock away,
  // which reorders listings (sold-out last) and changes the home page's category pictures.
  projects: [
    { name: 'visual', testMatch: '**/visual.spec.ts' },
    { name: 'storefront', testIgnore: ['**/checkout-payment.spec.ts', '**/visual.spec.ts'] },
    { name: 'commercetools-checkout', testMatch: '**/checkout-payment.spec.ts', use: { baseURL: `http://localhost:${E2E_CHECKOUT_APP_PORT}` } },
  ],
  webServer: {
    command: 'npx tsx tests/harness/e2e-server.ts',
    url: `${E2E_BASE_URL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { E2E_APP_PORT: String(E2E_APP_PORT), E2E_CHECKOUT_APP_PORT: String(E2E_CHECKOUT_APP_PORT), E2E_BACKEND_PORT: String(E2E_BACKEND_PORT), E2E_MAIL_PORT: String(E2E_MAIL_PORT) },
  },
});
