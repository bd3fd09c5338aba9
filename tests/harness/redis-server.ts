// A real, throwaway redis-server for the tests (rate limits and session revocation run against it,
// not a stand-in): loopback only, a free port, no persistence. CI installs redis-server when it is
// missing; locally: `apt-get install redis-server` (Debian/Ubuntu) or `brew install redis`.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { createConnection } from 'node:net';
import { freePort } from './test-env';

export type RedisServer = { url: string; port: number; stop(): Promise<void> };

const DEFAULT_BINARY = '/usr/bin/redis-server';

/** /usr/bin/redis-server, else the first redis-server on PATH; REDIS_SERVER_BIN overrides both. */
export function redisServerBinary(): string {
  const override = process.env.REDIS_SERVER_BIN;
  if (override) {
    if (existsSync(override)) return override;
    throw new Error(`REDIS_SERVER_BIN=${override} does not exist.`);
  }
  if (existsSync(DEFAULT_BINARY)) return DEFAULT_BINARY;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'redis-server');
    if (dir && existsSync(candidate)) return candidate;
  }
  throw new Error(
    `redis-server was not found (looked at ${DEFAULT_BINARY} and on PATH). The tests run the Redis-backed rate ` +
      'limiter and session revocation against a real server: install it (Debian/Ubuntu: `sudo apt-get install ' +
      'redis-server`, macOS: `brew install redis`) or point REDIS_SERVER_BIN at the binary. CI installs it.',
  );
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

export async function startRedisServer(): Promise<RedisServer> {
  const binary = redisServerBinary();
  const port = await freePort();
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output = (output + chunk).slice(-4000)));
  child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-4000)));
  const deadline = Date.now() + 10_000;
  while (!(await answersPing(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`redis-server (${binary}) did not start on port ${port}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
      await exited(child);
      clearTimeout(timer);
    },
  };
}
