// `next build` refuses a secret in a NEXT_PUBLIC_ variable (it would be inlined into client JS), and
// the normal build's browser assets hold none of the server's secrets.
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goodServerEnv, TEST_CTP_CLIENT_SECRET, TEST_SESSION_SECRET } from '@/tests/harness/test-env';
import { BOOT_TEST_MARKER, BUILD_ID_FILE, DIST_DIR, filesUnder, readBuildId, ROOT, runNext } from '../harness/boot-process';

// If the guard ever let this build through, it would write here instead of over the good `.next`.
const REFUSED_DIST_DIR = '.next-refused-build-test';
afterAll(() => rmSync(join(ROOT, REFUSED_DIST_DIR), { recursive: true, force: true }));

describe('next build', () => {
  it('fails when a NEXT_PUBLIC_ variable holds the client secret, without touching .next', async () => {
    const buildIdBefore = readBuildId();
    const buildIdMtimeBefore = existsSync(BUILD_ID_FILE) ? statSync(BUILD_ID_FILE).mtimeMs : undefined;

    const build = runNext(['build'], {
      // No backend needed: the build runs the static rules only, and they must fail first.
      ...goodServerEnv('http://127.0.0.1:8989', 'demo-store', { NEXT_PUBLIC_ANYTHING: TEST_CTP_CLIENT_SECRET }),
      NODE_ENV: 'production',
      STOREFRONT_TEST_DIST_DIR: REFUSED_DIST_DIR,
    });
    const exit = await build.exited;
    const output = build.output();

    expect(exit.code, output).not.toBe(0);
    expect(output).toContain('[public-env]');
    expect(output).toContain('NEXT_PUBLIC_ANYTHING');
    expect(output).not.toContain(TEST_CTP_CLIENT_SECRET);
    expect(existsSync(join(ROOT, REFUSED_DIST_DIR, 'BUILD_ID')), 'the refused build produced output').toBe(false);
    expect(readBuildId()).toBe(buildIdBefore);
    expect(existsSync(BUILD_ID_FILE) ? statSync(BUILD_ID_FILE).mtimeMs : undefined).toBe(buildIdMtimeBefore);
  });

  it('fails on Vercel without REDIS_URL, whatever SHARED_STATE says', async () => {
    const build = runNext(['build'], {
      ...goodServerEnv('http://127.0.0.1:8989', 'demo-store', { VERCEL: '1', SHARED_STATE: 'memory' }),
      NODE_ENV: 'production',
      STOREFRONT_TEST_DIST_DIR: REFUSED_DIST_DIR,
    });
    const exit = await build.exited;
    expect(exit.code, build.output()).not.toBe(0);
    expect(build.output()).toContain('[shared-state]');
    expect(build.output()).toContain('running on Vercel');
    expect(existsSync(join(ROOT, REFUSED_DIST_DIR, 'BUILD_ID')), 'the refused build produced output').toBe(false);
  });

  it("leaves no server secret in the browser assets of the test env's build", () => {
    // The global setup built with the test env; the marker proves this build is that one.
    const marker = JSON.parse(readFileSync(BOOT_TEST_MARKER, 'utf8')) as { buildId?: string };
    expect(marker.buildId).toBe(readBuildId());

    const files = filesUnder(join(DIST_DIR, 'static'));
    expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(0);
    const needles = [TEST_CTP_CLIENT_SECRET, TEST_SESSION_SECRET, 'CTP_CLIENT_SECRET'];
    const leaks: string[] = [];
    for (const file of files) {
      const content = readFileSync(file).toString('latin1');
      for (const needle of needles) if (content.includes(needle)) leaks.push(`${file.slice(ROOT.length + 1)} contains ${needle === 'CTP_CLIENT_SECRET' ? needle : 'a test secret'}`);
    }
    expect(leaks).toEqual([]);
  });
});
