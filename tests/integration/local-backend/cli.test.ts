// `npm run backend`: starts from env, prints what a developer needs, stops cleanly on SIGINT.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_CUSTOMER } from '@/scripts/local-backend';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
let child: ChildProcessWithoutNullStreams | undefined;

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

function waitFor(output: () => string, pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      const match = output().match(pattern);
      if (match) return resolve(match);
      if (Date.now() - started > timeoutMs) return reject(new Error(`timed out waiting for ${pattern}; output:\n${output()}`));
      setTimeout(poll, 50);
    };
    poll();
  });
}

describe('the backend CLI', () => {
  it('prints the URL, the CTP_* lines and the demo customer, and stops on SIGINT', { timeout: 40_000 }, async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, LOCAL_CT_PORT: '0', LOCAL_CT_PROJECT_KEY: 'cli-store' };
    delete env.LOCAL_CT_CLIENTS;
    child = spawn(process.execPath, ['--import', 'tsx', 'scripts/backend.ts'], { cwd: ROOT, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));

    await waitFor(() => output, /Press Ctrl-C to stop\./, 30_000);
    const url = output.match(/on (http:\/\/127\.0\.0\.1:\d+) \(project "cli-store"\)/)?.[1];
    expect(url).toBeDefined();
    expect(output).toContain('CTP_PROJECT_KEY=cli-store');
    expect(output).toContain('CTP_CLIENT_ID=storefront-local');
    expect(output).toContain('CTP_CLIENT_SECRET=local-only-storefront-secret-0000000000');
    expect(output).toContain(`CTP_AUTH_URL=${url}`);
    expect(output).toContain(`CTP_API_URL=${url}`);
    expect(output).toContain(DEMO_CUSTOMER.email);
    expect(output).toContain(DEMO_CUSTOMER.password);

    const stats = await fetch(`${url}/__local/stats`);
    const counted = await stats.json();
    expect(counted).toMatchObject({ tokenRequests: 1, tokenRequestsByClient: { 'seed-admin-local': 1 } });
    // Seeding is API calls by the seed admin only; nothing else has called the API yet.
    expect(Object.keys(counted.apiRequestsByClient)).toEqual(['seed-admin-local']);

    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    await expect(fetch(`${url}/__local/stats`)).rejects.toThrow();
  });
});
