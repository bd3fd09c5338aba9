// The one way this repository runs Next (`npm run demo`, `npm run dev`, the benches, the e2e server
// and the boot tests): `runNext`, plus the env that wires the app to a local backend, an up-to-date
// production build, and processes that stop with us.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
const NEXT_BIN = join(ROOT, 'node_modules', '.bin', 'next');

export type LocalBackendRef = {
  url: string;
  projectKey: string;
  clientId: string;
  clientSecret: string;
  /** the local mail sink's SMTP URL */
  smtpUrl?: string;
  /** the local agent authorization server (scripts/local-agent-as) and the storefront's client there */
  agent?: { issuer: string; clientId: string; clientSecret: string };
};

/** Server env for an app talking to the local backend. The session secret is fresh per run. */
export function localAppEnv(backend: LocalBackendRef, siteUrl: string): Record<string, string> {
  return {
    CTP_PROJECT_KEY: backend.projectKey,
    CTP_CLIENT_ID: backend.clientId,
    CTP_CLIENT_SECRET: backend.clientSecret,
    CTP_AUTH_URL: backend.url,
    CTP_API_URL: backend.url,
    SESSION_SECRET: randomBytes(36).toString('base64'),
    SITE_URL: siteUrl,
    // Test payments are only ever allowed against the local backend (the boot guard checks it).
    PAYMENT_PROVIDER: 'test',
    // Mail goes to the local sink started with the backend (scripts/local-mail).
    ...(backend.smtpUrl ? { SMTP_URL: backend.smtpUrl } : {}),
    // The agent API trusts the local agent AS; tokens are for this site's MCP endpoint.
    ...(backend.agent
      ? {
          AGENT_OAUTH_ISSUER: backend.agent.issuer,
          AGENT_RESOURCE: `${new URL(siteUrl).origin}/api/mcp`,
          AGENT_INTROSPECTION_CLIENT_ID: backend.agent.clientId,
          AGENT_INTROSPECTION_CLIENT_SECRET: backend.agent.clientSecret,
        }
      : {}),
    // One `next start` on this machine: the single-instance opt-in for in-memory shared state.
    SHARED_STATE: 'memory',
  };
}

const SOURCES = ['app', 'lib', 'public', 'proxy.ts', 'instrumentation.ts', 'next.config.ts', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

/** True when .next holds a production build newer than every source file. */
export function buildIsFresh(): boolean {
  const buildId = join(ROOT, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestMtime(join(ROOT, source)) <= built);
}

export type Exit = { code: number | null; signal: NodeJS.Signals | null; ms: number };

export type NextRun = {
  child: ChildProcess;
  /** What the process printed, when its output is captured. */
  output: () => string;
  exited: Promise<Exit>;
  /** Stops the process if it is still running (SIGTERM, then SIGKILL) and waits for it. */
  stop: () => Promise<Exit>;
};

export type NextRunOptions = {
  env: NodeJS.ProcessEnv;
  /** Layer `env` over this process's env (default), or run with exactly `env` (the boot tests). */
  inheritEnv?: boolean;
  output?: 'inherit' | 'capture' | 'ignore';
};

/** `next <args>` in the repository root. */
export function runNext(args: string[], { env, inheritEnv = true, output = 'inherit' }: NextRunOptions): NextRun {
  const started = Date.now();
  const child = spawn(NEXT_BIN, args, {
    cwd: ROOT,
    env: { ...(inheritEnv ? process.env : {}), NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: output === 'capture' ? ['ignore', 'pipe', 'pipe'] : output,
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
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
  return { child, output: () => text, exited, stop };
}

/**
 * Runs `next build` unless the build is fresh. The static boot rules run at build time, so the
 * build needs a complete, safe server env even though nothing of it is baked into the output.
 */
export async function ensureBuild(env: Record<string, string>, log: (line: string) => void = console.log): Promise<void> {
  if (buildIsFresh()) return;
  log('Building the storefront (next build)…');
  const { code } = await runNext(['build'], { env: { ...env, NODE_ENV: 'production' } }).exited;
  if (code !== 0) throw new Error(`next build failed (exit ${code})`);
}

/**
 * The local backend is seeded anew on every start, with new ids: a data cache left by an earlier
 * run describes a catalog that no longer exists, so runs against it start with an empty one.
 */
export function clearDataCache(): void {
  rmSync(join(ROOT, '.next', 'cache', 'fetch-cache'), { recursive: true, force: true });
}

/** The interface demo and dev listen on: loopback unless HOST says otherwise (e.g. HOST=0.0.0.0). */
export const LISTEN_HOST = process.env.HOST ?? '127.0.0.1';

/** `next start` (production) or `next dev` on a port (and a host: Next's default is every interface). */
export function spawnNext(
  mode: 'start' | 'dev',
  port: number,
  env: Record<string, string>,
  output: 'inherit' | 'ignore' = 'inherit',
  host?: string,
): ChildProcess {
  const nodeEnv = mode === 'start' ? 'production' : 'development';
  return runNext([mode, '-p', String(port), ...(host ? ['-H', host] : [])], { env: { ...env, NODE_ENV: nodeEnv }, output }).child;
}

/** Stops the children and the backend on Ctrl-C / SIGTERM, and when a child dies. */
export function stopTogether(children: ChildProcess[], cleanup: () => Promise<void>): void {
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    await cleanup();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  for (const child of children) child.on('exit', (code) => void stop(code ?? 1));
}

/** A TCP port on loopback that was free a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Polls a URL until it answers 2xx, or throws after `timeoutMs`. */
export async function waitForOk(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no 2xx from ${url} within ${timeoutMs} ms`);
}
