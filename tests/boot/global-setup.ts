// Builds the app once for the boot tests, with the test env (so the build-output scan knows which
// secrets to look for), unless `.next` already holds such a build newer than every source file.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startLocalBackend } from '@/scripts/local-backend';
import { goodServerEnv, TEST_CLIENT } from '@/tests/support/test-env';
import { BOOT_TEST_MARKER, BUILD_ID_FILE, filesUnder, readBuildId, ROOT, runNext } from './next-process';

const SOURCES = ['app', 'lib', 'middleware.ts', 'instrumentation.ts', 'next.config.ts'];

function newestSourceMtime(): number {
  return Math.max(
    0,
    ...SOURCES.map((source) => join(ROOT, source))
      .filter(existsSync)
      .flatMap((path) => (statSync(path).isDirectory() ? filesUnder(path) : [path]))
      .map((file) => statSync(file).mtimeMs),
  );
}

function reusableBuild(): boolean {
  const buildId = readBuildId();
  if (!buildId || !existsSync(BOOT_TEST_MARKER)) return false;
  const marker = JSON.parse(readFileSync(BOOT_TEST_MARKER, 'utf8')) as { buildId?: string };
  return marker.buildId === buildId && statSync(BUILD_ID_FILE).mtimeMs >= newestSourceMtime();
}

export default async function setup(): Promise<void> {
  if (reusableBuild()) return;
  // Pages may be prerendered at build time, so the build gets a real (local) backend to talk to.
  const backend = await startLocalBackend({ port: 0, clients: [TEST_CLIENT] });
  try {
    const build = runNext(['build'], { ...goodServerEnv(backend.url, backend.projectKey), NODE_ENV: 'production' });
    const exit = await build.exited;
    if (exit.code !== 0) throw new Error(`next build failed (exit ${exit.code}):\n${build.output()}`);
  } finally {
    await backend.close();
  }
  writeFileSync(BOOT_TEST_MARKER, JSON.stringify({ buildId: readBuildId() }));
}
