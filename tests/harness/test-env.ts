// Server environments for tests that boot or check the storefront. The secrets are fake but
// recognisable, so a scan of build output or logs can search for them.
import { DEFAULT_STOREFRONT_SCOPES } from '@/lib/security/scopes';

/** The test client's secret: the local backend knows it, the boot guard must never see it leak. */
export const TEST_CTP_CLIENT_SECRET = 'fake-ctp-secret-BOOTTEST-7Qx2Lm9Vr4';
/** 53 characters, passes the session-secret rule, unique enough to scan for. */
export const TEST_SESSION_SECRET = 'fake-session-secret-BOOTTEST-Hk3Wz8Np1Tc6Yd0Fs5Jb2Gv';

/** The storefront client the tests register on their local backend (storefront scopes only). */
export const TEST_CLIENT = {
  id: 'storefront-boottest',
  secret: TEST_CTP_CLIENT_SECRET,
  scopes: [...DEFAULT_STOREFRONT_SCOPES],
};

export type TestEnv = Record<string, string | undefined>;

/**
 * A configuration every boot rule accepts when `backendUrl` is a running local backend that knows
 * TEST_CLIENT. `overrides` replace or add variables; an `undefined` override removes one.
 */
export function goodServerEnv(backendUrl: string, projectKey: string, overrides: TestEnv = {}): TestEnv {
  const env: TestEnv = {
    CTP_PROJECT_KEY: projectKey,
    CTP_CLIENT_ID: TEST_CLIENT.id,
    CTP_CLIENT_SECRET: TEST_CTP_CLIENT_SECRET,
    CTP_AUTH_URL: backendUrl,
    CTP_API_URL: backendUrl,
    SESSION_SECRET: TEST_SESSION_SECRET,
    SITE_URL: 'http://127.0.0.1:3000',
    PAYMENT_PROVIDER: 'none',
    // One server process per test: the single-instance opt-in (production runs need it or REDIS_URL).
    SHARED_STATE: 'memory',
  };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

export { freePort } from '@/scripts/lib/next-process';

/**
 * Child-process env: the parent's PATH/HOME and friends, without any inherited CTP_/SESSION_/
 * NEXT_PUBLIC_ values or deployment markers, plus `serverEnv` (an `undefined` there removes the variable, e.g. NODE_ENV).
 */
export function childProcessEnv(serverEnv: TestEnv): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([name]) => !/^(CTP_|SESSION_SECRET|NEXT_PUBLIC_|PAYMENT_PROVIDER|REDIS_URL|SITE_URL|LOCAL_CT_|SHARED_STATE$|INSTANCE_COUNT$|WEB_CONCURRENCY$|VERCEL$|NETLIFY$)/.test(name),
  );
  const merged: TestEnv = { ...Object.fromEntries(inherited), ...serverEnv, NEXT_TELEMETRY_DISABLED: '1' };
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined)) as unknown as NodeJS.ProcessEnv;
}
