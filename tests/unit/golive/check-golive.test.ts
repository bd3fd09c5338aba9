// `npm run check:golive` as a user runs it, in a real (temporary) git repository: a committed .env
// file fails the checklist, now or anywhere in the history, and its secret is never printed.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { childProcessEnv } from '@/tests/harness/test-env';
import { tempGitRepo, type TempRepo } from '@/tests/harness/temp-git-repo';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const run = promisify(execFile);
// Built at run time so this file holds no string a secret scanner would flag.
const SECRET = ['Qm7vT2xLp9RzK4wN', 'c8YhB3dFj6GsA1eU'].join('');

/** A minimal tree of a fork: its ignore rules, the placeholder env file, some code. */
const minimalTree = () => ({
  '.gitignore': readFileSync(join(ROOT, '.gitignore'), 'utf8'),
  '.env.example': readFileSync(join(ROOT, '.env.example'), 'utf8'),
  'README.md': '# my shop\n',
  'lib/shop.ts': 'export const shop = "demo";\n',
});

let repo: TempRepo | undefined;
afterEach(() => repo?.remove());

async function checkGolive(dir: string): Promise<{ code: number; stdout: string }> {
  const args = ['--tsconfig', join(ROOT, 'tsconfig.json'), join(ROOT, 'scripts', 'check-golive.ts')];
  // A closed registry port: the audit must answer SKIP, offline and fast.
  const env = childProcessEnv({ NODE_ENV: undefined, npm_config_registry: 'http://127.0.0.1:9/' });
  try {
    const { stdout } = await run(join(ROOT, 'node_modules', '.bin', 'tsx'), args, { cwd: dir, env });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe('npm run check:golive', () => {
  it('fails on a committed .env.production: names the file and its commit, and the secret scan finds the secret', async () => {
    repo = tempGitRepo(minimalTree());
    repo.commit('initial');
    repo.write({ '.env.production': `CTP_CLIENT_ID=storefront\nCTP_CLIENT_SECRET=${SECRET}\n` });
    const commit = repo.commit('add production env', '.env.production');

    const { code, stdout } = await checkGolive(repo.dir);
    expect(code, stdout).toBe(1);
    expect(stdout).toMatch(new RegExp(`^FAIL \\[env-files-in-git\\] .*tracked now: \\.env\\.production; \\.env\\.production added in commit ${commit}\\..*git filter-repo`, 'm'));
    expect(stdout).toMatch(/^FAIL \[secret-scan\] .*\.env\.production:2 /m);
    expect(stdout).toMatch(/^SKIP \[dependency-audit\] /m);
    expect(stdout).not.toContain(SECRET);
  });

  it('fails when the .env file was committed and deleted later: the history still has it', async () => {
    repo = tempGitRepo(minimalTree());
    repo.commit('initial');
    repo.write({ '.env.production': `CTP_CLIENT_SECRET=${SECRET}\n` });
    const added = repo.commit('add production env', '.env.production');
    repo.git('rm', '-q', '--cached', '.env.production');
    repo.git('commit', '-q', '-m', 'remove production env');
    repo.git('clean', '-qfdX');

    const { code, stdout } = await checkGolive(repo.dir);
    expect(code, stdout).toBe(1);
    const line = stdout.split('\n').find((l) => l.startsWith('FAIL [env-files-in-git]'));
    expect(line, stdout).toContain(`.env.production added in commit ${added}`);
    expect(line).not.toContain('tracked now');
    // The tree is clean now: only the history check can catch this.
    expect(stdout).toMatch(/^PASS \[secret-scan\] /m);
    expect(stdout).not.toContain(SECRET);
  });

  it('passes the git items for a clean fork whose only env file is .env.example', async () => {
    repo = tempGitRepo(minimalTree());
    repo.commit('initial');
    const { stdout } = await checkGolive(repo.dir);
    expect(stdout).toMatch(/^PASS \[env-files-in-git\] /m);
    expect(stdout).toMatch(/^PASS \[secret-scan\] secretlint .* found nothing in 4 tracked files/m);
    // No credentials in this environment: the checklist cannot pass, and says so.
    expect(stdout).toMatch(/^FAIL \[storefront-client\] /m);
    expect(stdout).toMatch(/^FAIL \[payment-provider\] /m);
  });
});
