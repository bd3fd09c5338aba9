// `npm run check:env`: the boot-refusal rules as a preflight. Prints one PASS/FAIL/SKIP line per rule
// and exits 1 when any rule fails. Never prints a variable's value.
import { parseServerEnv, type EnvSource } from '@/lib/env';
import { failedRules, formatResults, runStaticChecks, type RuleResult } from '@/lib/security/env-guard';
import { checkGrantedScopes } from '@/lib/security/granted-scopes';
import { checkLocalBackend } from '@/lib/security/local-backend-proof';
import { skip } from '@/lib/security/rule-result';
import { loadEnvFiles } from './lib/env-files';

async function main(): Promise<number> {
  // A preflight is about what `npm start` will see: production unless told otherwise.
  const mode = process.env.NODE_ENV ?? 'production';
  const loaded = loadEnvFiles(process.cwd(), mode);
  const env: EnvSource = { ...process.env, NODE_ENV: mode };
  console.log(`Checking the ${mode} configuration (env files: ${loaded.length ? loaded.join(', ') : 'none'}; process environment first).`);

  const results: RuleResult[] = runStaticChecks(env);
  // Unlike at boot, ask the auth server even when another rule failed, so one run reports
  // everything; it needs only a parseable environment.
  const envParses = results.find((r) => r.rule === 'env')?.status === 'pass';
  if (envParses) {
    const parsed = parseServerEnv(env);
    results.push(await checkGrantedScopes(parsed), await checkLocalBackend(parsed));
  } else {
    for (const rule of ['granted-scopes', 'local-backend'] as const) results.push(skip(rule, 'not checked: the env rule failed, fix it first'));
  }

  console.log(formatResults(results));
  const failed = failedRules(results);
  console.log(failed.length === 0 ? 'All rules passed.' : `${failed.length} rule(s) failed: the storefront would refuse to start.`);
  return failed.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`check:env crashed: ${(error as Error).message}`);
    process.exit(1);
  },
);
