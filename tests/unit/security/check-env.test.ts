// `npm run check:env` as a user runs it: env files in the working directory, a real auth server.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalBackend } from '@/scripts/local-backend';
import { startStorefrontBackend } from '@/scripts/storefront-backend';
import { childProcessEnv, TEST_CLIENT, TEST_CTP_CLIENT_SECRET, TEST_SESSION_SECRET, type TestEnv } from '@/tests/harness/test-env';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const run = promisify(execFile);

let backend: LocalBackend;
let dir: string;
beforeAll(async () => {
  backend = await startStorefrontBackend({ port: 0, seed: false, clients: [TEST_CLIENT] });
  dir = mkdtempSync(join(tmpdir(), 'check-env-'));
});
afterAll(async () => {
  await backend?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function checkEnv(files: Record<string, string>, env: TestEnv = {}): Promise<{ code: number; stdout: string }> {
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  const args = ['--tsconfig', join(ROOT, 'tsconfig.json'), join(ROOT, 'scripts', 'check-env.ts')];
  try {
    // NODE_ENV unset, as in a shell: the script then checks the production configuration.
    const { stdout } = await run(join(ROOT, 'node_modules', '.bin', 'tsx'), args, { cwd: dir, env: childProcessEnv({ NODE_ENV: undefined, ...env }) });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  } finally {
    for (const name of Object.keys(files)) rmSync(join(dir, name), { force: true });
  }
}

const dotEnv = () =>
  [
    `CTP_PROJECT_KEY=${backend.projectKey}`,
    `CTP_CLIENT_ID=${TEST_CLIENT.id}`,
    `CTP_CLIENT_SECRET=${TEST_CTP_CLIENT_SECRET}`,
    `CTP_AUTH_URL=${backend.url}`,
    `CTP_API_URL=${backend.url}`,
    'SESSION_SECRET=too-short-in-dot-env',
    'SITE_URL=http://localhost:3000',
    'SHARED_STATE=memory',
  ].join('\n');

describe('npm run check:env', () => {
  it('passes a good configuration: one PASS line per rule, .env.local over .env', async () => {
    const { code, stdout } = await checkEnv({ '.env': dotEnv(), '.env.local': `SESSION_SECRET=${TEST_SESSION_SECRET}` });
    expect(code, stdout).toBe(0);
    for (const rule of ['env', 'declared-scopes', 'public-env', 'session-secret', 'test-payments', 'shared-state', 'granted-scopes', 'local-backend']) {
      expect(stdout).toMatch(new RegExp(`^PASS \\[${rule}\\] `, 'm'));
    }
    expect(stdout).toMatch(/^PASS \[shared-state\] SHARED_STATE=memory: single instance only/m);
    expect(stdout).toContain('Checking the production configuration (env files: .env.local, .env;');
  });

  it('fails with a FAIL line per broken rule, the real environment winning over files, and never prints values', async () => {
    const wrongSecret = 'wrong-secret-from-the-environment-00';
    const { code, stdout } = await checkEnv({ '.env': dotEnv() }, { CTP_CLIENT_SECRET: wrongSecret, NEXT_PUBLIC_LEAK: wrongSecret });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^FAIL \[session-secret\] SESSION_SECRET is 20 characters/m);
    // Both of these prove the environment's CTP_CLIENT_SECRET beat the one in .env.
    expect(stdout).toMatch(/^FAIL \[public-env\] .*NEXT_PUBLIC_LEAK \(its value equals CTP_CLIENT_SECRET\)/m);
    expect(stdout).toMatch(/^FAIL \[granted-scopes\] credentials rejected by the auth server/m);
    expect(stdout).not.toContain(TEST_CTP_CLIENT_SECRET);
    expect(stdout).not.toContain(wrongSecret);
  });

  it('refuses SHARED_STATE=memory on Vercel: a .env file can neither allow it nor hide the platform marker', async () => {
    const local = `SESSION_SECRET=${TEST_SESSION_SECRET}\nVERCEL=\nNETLIFY=`;
    const { code, stdout } = await checkEnv({ '.env': dotEnv(), '.env.local': local }, { VERCEL: '1' });
    expect(code, stdout).toBe(1);
    expect(stdout).toMatch(/^FAIL \[shared-state\] running on Vercel .*SHARED_STATE=memory cannot allow this/m);
  });

  it('refuses production without REDIS_URL when the single-instance opt-in is missing', async () => {
    const { code, stdout } = await checkEnv({ '.env': dotEnv().replace('SHARED_STATE=memory', ''), '.env.local': `SESSION_SECRET=${TEST_SESSION_SECRET}` });
    expect(code, stdout).toBe(1);
    expect(stdout).toMatch(/^FAIL \[shared-state\] production without REDIS_URL/m);
  });
});
