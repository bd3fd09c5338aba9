// The shared-state rule: revocations, rate limits and the replay guard must be shared in production
// unless one self-hosted instance opts in; Vercel and Netlify never run a single instance.
import { describe, expect, it } from 'vitest';
import { checkSharedState } from '@/lib/security/shared-state';
import { runStaticChecks } from '@/lib/security/env-guard';
import { goodServerEnv, type TestEnv } from '@/tests/harness/test-env';

const REDIS = 'redis://127.0.0.1:6379';
/** Production, no Redis, no opt-in: the overrides decide. */
const env = (overrides: TestEnv) =>
  goodServerEnv('http://127.0.0.1:8989', 'demo-store', { NODE_ENV: 'production', SHARED_STATE: undefined, ...overrides });

function expectFail(overrides: TestEnv, ...fragments: string[]) {
  const result = checkSharedState(env(overrides));
  expect(result.status, result.message).toBe('fail');
  expect(result.message.startsWith('[shared-state] ')).toBe(true);
  expect(result.message).toContain('Fix:');
  for (const fragment of fragments) expect(result.message).toContain(fragment);
  // The same verdict through the boot guard's list of static rules.
  expect(runStaticChecks(env(overrides)).find((r) => r.rule === 'shared-state')?.status).toBe('fail');
}

function expectPass(overrides: TestEnv, ...fragments: string[]) {
  const result = checkSharedState(env(overrides));
  expect(result.status, result.message).toBe('pass');
  for (const fragment of fragments) expect(result.message).toContain(fragment);
}

describe('shared-state rule', () => {
  it('refuses production without REDIS_URL and without the opt-in', () => {
    expectFail({}, 'production without REDIS_URL', 'SHARED_STATE=memory');
  });

  it('lets one self-hosted instance opt in, and says it is single instance only', () => {
    expectPass({ SHARED_STATE: 'memory' }, 'SHARED_STATE=memory: single instance only');
    expectPass({ SHARED_STATE: 'memory', INSTANCE_COUNT: '1', WEB_CONCURRENCY: '1' }, 'single instance only');
  });

  it('refuses Vercel and Netlify without Redis, whatever SHARED_STATE says', () => {
    expectFail({ VERCEL: '1' }, 'running on Vercel', 'SHARED_STATE=memory cannot allow this');
    expectFail({ VERCEL: '1', SHARED_STATE: 'memory' }, 'running on Vercel');
    expectFail({ NETLIFY: 'true', SHARED_STATE: 'memory' }, 'running on Netlify');
    // Any value of a marker counts: a marker can only add refusal.
    expectFail({ VERCEL: '0', SHARED_STATE: 'memory' }, 'running on Vercel');
  });

  it('refuses a platform even outside production (a platform never runs one instance)', () => {
    expectFail({ NODE_ENV: 'development', VERCEL: '1' }, 'running on Vercel');
  });

  it('refuses memory when more than one instance is declared, by either variable', () => {
    expectFail({ SHARED_STATE: 'memory', INSTANCE_COUNT: '2' }, '2 instances declared');
    expectFail({ SHARED_STATE: 'memory', WEB_CONCURRENCY: '4' }, '4 instances declared');
    // One variable saying 1 does not lower the other.
    expectFail({ SHARED_STATE: 'memory', INSTANCE_COUNT: '1', WEB_CONCURRENCY: '3' }, '3 instances declared');
  });

  it('fails closed on an unreadable count or opt-in', () => {
    expectFail({ SHARED_STATE: 'memory', INSTANCE_COUNT: 'many' }, 'INSTANCE_COUNT');
    expectFail({ SHARED_STATE: 'yes' }, 'SHARED_STATE');
  });

  it('accepts Redis everywhere, also on the platforms and with many instances', () => {
    expectPass({ REDIS_URL: REDIS, VERCEL: '1' }, 'shared through REDIS_URL');
    expectPass({ REDIS_URL: REDIS, NETLIFY: 'true', INSTANCE_COUNT: '8' }, 'shared through REDIS_URL');
  });

  it('keeps memory for next dev and tests (one process), unless on a platform', () => {
    expectPass({ NODE_ENV: 'development' }, 'one process');
    expectPass({ NODE_ENV: 'test', WEB_CONCURRENCY: '4' }, 'one process');
  });
});
