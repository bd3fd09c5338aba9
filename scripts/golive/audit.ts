// The dependency audit item: `npm audit --audit-level=high`. A registry that cannot answer (no audit
// endpoint, offline) is a SKIP that says so, never a PASS: nothing was verified.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { result, type GoliveResult } from './result';

const run = promisify(execFile);
const ITEM = 'dependency-audit';
const RERUN = 'Fix: run `npm audit --audit-level=high` where the registry answers audits (CI does: .github/workflows/ci.yml).';

type AuditJson = { error?: unknown; message?: string; metadata?: { vulnerabilities?: Record<string, number> } };

/** Registry URLs may carry credentials: never print them. */
const withoutCredentials = (text: string) => text.replace(/\/\/[^/\s@]+@/g, '//');

export async function checkDependencyAudit(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<GoliveResult> {
  if (!existsSync(join(dir, 'package-lock.json'))) return result(ITEM, 'skip', `no package-lock.json here: nothing was audited. ${RERUN}`);
  let stdout = '';
  let stderr = '';
  try {
    ({ stdout, stderr } = await run('npm', ['audit', '--audit-level=high', '--json'], { cwd: dir, env, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }));
  } catch (error) {
    // npm audit exits 1 both for findings and for a registry error; the JSON says which.
    ({ stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string });
  }
  let report: AuditJson;
  try {
    report = JSON.parse(stdout) as AuditJson;
  } catch {
    const why = withoutCredentials(stderr.trim().split('\n').find((l) => l.trim()) ?? 'no report');
    return result(ITEM, 'skip', `npm audit gave no report (${why}): dependencies not verified. ${RERUN}`);
  }
  if (report.error || !report.metadata?.vulnerabilities) {
    const why = withoutCredentials(report.message ?? 'the audit endpoint returned an error');
    return result(ITEM, 'skip', `the registry could not answer the audit (${why}): dependencies not verified. ${RERUN}`);
  }
  const v = report.metadata.vulnerabilities;
  const high = (v.high ?? 0) + (v.critical ?? 0);
  const summary = ['critical', 'high', 'moderate', 'low'].map((s) => `${v[s] ?? 0} ${s}`).join(', ');
  if (high > 0) {
    return result(ITEM, 'fail', `npm audit: ${summary}. Fix: \`npm audit\` for the details, then \`npm audit fix\` or update/replace the affected packages (review what an agent added to package.json).`);
  }
  return result(ITEM, 'pass', `npm audit: no high or critical vulnerability (${summary})`);
}
