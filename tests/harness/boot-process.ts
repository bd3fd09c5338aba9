// Real Next processes for the boot tests (through the repository's one spawner,
// scripts/lib/next-process.ts): `next build` / `next start` with exactly a test env and their output
// collected, and a port watched for any HTTP answer.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runNext as run, type NextRun } from '@/scripts/lib/next-process';
import { childProcessEnv, type TestEnv } from '@/tests/harness/test-env';

export { ROOT };
export const DIST_DIR = join(ROOT, '.next');
export const BUILD_ID_FILE = join(DIST_DIR, 'BUILD_ID');
/** Written next to BUILD_ID after the boot tests' own build: says which build used the test env. */
export const BOOT_TEST_MARKER = join(DIST_DIR, 'boot-test-build.json');

/** `next <args>` with exactly `env` (nothing of this process's env leaks in), output captured. */
export function runNext(args: string[], env: TestEnv): NextRun {
  return run(args, { env: childProcessEnv(env), inheritEnv: false, output: 'capture' });
}

export type HttpAnswer = { path: string; status: number; atMs: number };

/**
 * Polls the port until `until` settles and records every HTTP answer: app routes, a public file and
 * a build asset (Next serves the last two without waiting for instrumentation's register()).
 */
export async function watchForHttp(port: number, paths: string[], until: Promise<unknown>): Promise<HttpAnswer[]> {
  const started = Date.now();
  const answers: HttpAnswer[] = [];
  let done = false;
  void until.finally(() => (done = true));
  while (!done) {
    await Promise.all(
      paths.map(async (path) => {
        try {
          const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(2_000), redirect: 'manual' });
          answers.push({ path, status: response.status, atMs: Date.now() - started });
          await response.body?.cancel();
        } catch {
          // Refused, reset or timed out: no HTTP answer, which is what a refusing server gives.
        }
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return answers;
}

/** Paths worth probing during a boot: an API route, a page, a public file and a build asset. */
export function probePaths(): string[] {
  const paths = ['/api/health', '/'];
  const publicFile = firstFile(join(ROOT, 'public'));
  if (publicFile) paths.push(publicFile.slice(join(ROOT, 'public').length).split('\\').join('/'));
  const asset = firstFile(join(DIST_DIR, 'static'));
  if (asset) paths.push(`/_next/static${asset.slice(join(DIST_DIR, 'static').length)}`);
  return paths;
}

function firstFile(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) {
      const found = firstFile(full);
      if (found) return found;
    } else return full;
  }
  return undefined;
}

export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const full = join(dir, entry);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

export function readBuildId(): string | undefined {
  return existsSync(BUILD_ID_FILE) ? readFileSync(BUILD_ID_FILE, 'utf8').trim() : undefined;
}
