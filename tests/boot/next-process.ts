// Real Next processes for the boot tests: spawn `next build` / `next start`, collect their output,
// and watch a port for any HTTP answer.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { childProcessEnv, type TestEnv } from '@/tests/support/test-env';

export const ROOT = join(import.meta.dirname, '..', '..');
export const NEXT_BIN = join(ROOT, 'node_modules', '.bin', 'next');
export const DIST_DIR = join(ROOT, '.next');
export const BUILD_ID_FILE = join(DIST_DIR, 'BUILD_ID');
/** Written next to BUILD_ID after the boot tests' own build: says which build used the test env. */
export const BOOT_TEST_MARKER = join(DIST_DIR, 'boot-test-build.json');

export type Exit = { code: number | null; signal: NodeJS.Signals | null; ms: number };

export type NextRun = {
  child: ChildProcess;
  output: () => string;
  exited: Promise<Exit>;
  /** Stops the process if it is still running (SIGTERM, then SIGKILL) and waits for it. */
  stop: () => Promise<Exit>;
};

export function runNext(args: string[], env: TestEnv): NextRun {
  const started = Date.now();
  const child = spawn(NEXT_BIN, args, {
    cwd: ROOT,
    env: childProcessEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal, ms: Date.now() - started }));
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      const exit = await exited;
      clearTimeout(timer);
      return exit;
    }
    return exited;
  };
  return { child, output: () => output, exited, stop };
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
