// Builds the app once for the boot tests, with the test env (so the build-output scan knows which
// secrets to look for), unless `.next` already holds such a build newer than every source file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { startStorefrontBackend } from '@/scripts/storefront-backend';
import { buildIsFresh } from '@/scripts/lib/next-process';
import { goodServerEnv, TEST_CLIENT } from '@/tests/harness/test-env';
import { BOOT_TEST_MARKER, readBuildId, runNext } from './boot-process';

function reusableBuild(): boolean {
  const buildId = readBuildId();
  if (!buildId || !existsSync(BOOT_TEST_MARKER)) return false;
  const marker = JSON.parse(readFileSync(BOOT_TEST_MARKER, 'utf8')) as { buildId?: string };
  return marker.buildId === buildId && buildIsFresh();
}

export default async function setup(): Promise<void> {
  if (reusableBuild()) return;
  // Pages may be prerendered at build time, so the build gets a real (local) backend to talk to.
  const backend = await startStorefrontBackend({ port: 0, clients: [TEST_CLIENT] });
  try {
    const build = runNext(['build'], { ...goodServerEnv(backend.url, backend.projectKey), NODE_ENV: 'production' });
    const exit = await build.exited;
    if (exit.code !== 0) throw new Error(`next build failed (exit ${exit.code}):\n${build.output()}`);
  } finally {
    await backend.close();
  }
  writeFileSync(BOOT_TEST_MARKER, JSON.stringify({ buildId: readBuildId() }));
}
