// Runs before every test file: points the app's env at the local backend the global setup started,
// so lib code and Route Handlers talk to it over real HTTP.
import { inject } from 'vitest';

export const TEST_SESSION_SECRET = 'vitest-session-secret-0123456789-abcdefghijklmnop';
export const TEST_SITE_URL = 'http://localhost:3000';

const backend = inject('localBackend');
const mailSink = inject('mailSink');
Object.assign(process.env, {
  SMTP_URL: mailSink.smtpUrl,
  CTP_PROJECT_KEY: backend.projectKey,
  CTP_CLIENT_ID: backend.clientId,
  CTP_CLIENT_SECRET: backend.clientSecret,
  CTP_AUTH_URL: backend.url,
  CTP_API_URL: backend.url,
  SESSION_SECRET: TEST_SESSION_SECRET,
  SITE_URL: TEST_SITE_URL,
});

/** The env every test file starts from; `withEnv` overrides on top of it. */
export const BASE_TEST_ENV: Record<string, string> = Object.fromEntries(
  ['CTP_PROJECT_KEY', 'CTP_CLIENT_ID', 'CTP_CLIENT_SECRET', 'CTP_AUTH_URL', 'CTP_API_URL', 'SESSION_SECRET', 'SITE_URL', 'SMTP_URL'].map((k) => [k, process.env[k]!]),
);
