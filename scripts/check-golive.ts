// `npm run check:golive`: the "Before you go live" checklist (docs/go-live.md) as a command. One
// PASS/FAIL/SKIP line per item with its fix; exits 1 when any item fails. A SKIP verified nothing.
// Loads env files like check:env (scripts/lib/env-files.ts) and never prints a variable's value.
import { type EnvSource } from '@/lib/env';
import { checkDependencyAudit } from './golive/audit';
import { bootRuleItems, checkDeployCredentials, checkPaymentProvider, checkSiteUrl, checkStorefrontClient } from './golive/env-checks';
import { checkEnvFilesInGit, checkSecretScan } from './golive/git-checks';
import { formatGolive, type GoliveResult } from './golive/result';
import { loadEnvFiles } from './lib/env-files';

async function main(): Promise<number> {
  const dir = process.cwd();
  // Going live means production, whatever this shell says.
  const mode = 'production';
  const loaded = loadEnvFiles(dir, mode);
  const env: EnvSource = { ...process.env, NODE_ENV: mode };
  console.log(`Go-live checklist for the ${mode} configuration (env files: ${loaded.length ? loaded.join(', ') : 'none'}; process environment first).`);

  const results: GoliveResult[] = [
    await checkStorefrontClient(env),
    checkDeployCredentials(env),
    ...bootRuleItems(env),
    checkEnvFilesInGit(dir),
    await checkSecretScan(dir),
    await checkDependencyAudit(dir),
    checkSiteUrl(env),
    checkPaymentProvider(env),
  ];
  console.log(formatGolive(results));

  const failed = results.filter((r) => r.status === 'fail').length;
  const skipped = results.filter((r) => r.status === 'skip').length;
  console.log(
    `${failed === 0 ? 'No item failed' : `${failed} item(s) failed: not ready to go live`}` +
      `${skipped ? `; ${skipped} skipped (not verified: check them by hand)` : ''}. ` +
      'A human still reviews what ships and tests it: this list is a starting point, not a sign-off.',
  );
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`check:golive crashed: ${(error as Error).message}`);
    process.exit(1);
  },
);
