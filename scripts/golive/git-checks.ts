// The go-live items about the repository: no .env file in git (now or ever), and a secret scan of
// every tracked file (secretlint + the commercetools rule, the same scan as `npm run scan:secrets`).
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { result, type GoliveResult } from './result';

const ROOT = join(import.meta.dirname, '..', '..');
const SECRETLINT_BIN = join(ROOT, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
/** tsx's loader (its package entry), by URL: the scanned directory need not have node_modules. */
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const run = promisify(execFile);

function git(dir: string, args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

function isGitRepo(dir: string): boolean {
  try {
    return git(dir, ['rev-parse', '--is-inside-work-tree']).trim() === 'true';
  } catch {
    return false;
  }
}

/** `.env`, `.env.local`, `.env.production`...; `.env.example` holds placeholders only. */
const isEnvFile = (path: string) => /^\.env(\..+)?$/.test(basename(path)) && basename(path) !== '.env.example';

export function trackedFiles(dir: string): string[] {
  return git(dir, ['ls-files', '-z']).split('\0').filter(Boolean);
}

/** Tracked now or added by any commit of any branch: a deleted file is still in the history. */
export function checkEnvFilesInGit(dir: string): GoliveResult {
  const item = 'env-files-in-git';
  if (!isGitRepo(dir)) return result(item, 'skip', 'not a git repository: cannot check. Fix: run check:golive in the clone you deploy from.');
  const tracked = trackedFiles(dir).filter(isEnvFile);
  const added = new Map<string, string[]>();
  let commit = '';
  for (const line of git(dir, ['-c', 'core.quotePath=false', 'log', '--all', '--diff-filter=A', '--name-only', '--format=commit %h']).split('\n')) {
    if (line.startsWith('commit ')) commit = line.slice('commit '.length);
    else if (line && isEnvFile(line)) added.set(line, [...(added.get(line) ?? []), commit]);
  }
  if (tracked.length === 0 && added.size === 0) return result(item, 'pass', 'no .env file is tracked or in the history of any branch (.env.example aside)');
  const parts = [
    ...(tracked.length ? [`tracked now: ${tracked.join(', ')}`] : []),
    ...[...added].map(([file, commits]) => `${file} added in commit ${commits.join(', ')}`),
  ];
  const files = [...new Set([...tracked, ...added.keys()])];
  return result(
    item,
    'fail',
    `.env files in git: ${parts.join('; ')}. Whoever can read the repository has their values. ` +
      `Fix: rotate every secret they held first (a pushed secret is leaked whatever the history says); then \`git rm --cached ${files.join(' ')}\`, ` +
      `keep .env* in .gitignore, and remove them from the history with \`git filter-repo --invert-paths ${files.map((f) => `--path ${f}`).join(' ')}\` and a force-push (every clone must be re-cloned).`,
  );
}

/** Files per secretlint run: keeps the command line well under the OS limit. */
const BATCH = 400;

type Finding = { file: string; line: number; rule: string; message: string };
export type SecretScan = { ok: true; files: number; findings: Finding[] } | { ok: false; error: string };

/** secretlint over the tracked files with the repo's .secretlintrc.json; values stay masked. */
export async function scanTrackedFiles(dir: string): Promise<SecretScan> {
  const files = trackedFiles(dir).filter((f) => existsSync(join(dir, f)));
  const findings: Finding[] = [];
  // tsx loads the commercetools rule, which is TypeScript and shares lib/security's secret shape.
  const args = ['--import', TSX_LOADER, SECRETLINT_BIN, '--secretlintrc', join(ROOT, '.secretlintrc.json'), '--format', 'json', '--no-gitignore', '--no-glob', '--no-color'];
  for (let i = 0; i < files.length; i += BATCH) {
    let stdout: string;
    try {
      ({ stdout } = await run(process.execPath, [...args, ...files.slice(i, i + BATCH)], { cwd: dir, maxBuffer: 64 * 1024 * 1024 }));
    } catch (error) {
      // Exit 1 with a JSON report means findings; anything else means the scan did not run.
      stdout = (error as { stdout?: string }).stdout ?? '';
      if (!stdout.trim().startsWith('[')) return { ok: false, error: ((error as { stderr?: string }).stderr || (error as Error).message).trim().split('\n')[0] ?? 'secretlint failed' };
    }
    // Only positions and messages are kept: the JSON report also carries the files' raw content.
    const report = JSON.parse(stdout || '[]') as { filePath: string; messages: { ruleId: string; messageId?: string; message: string; loc: { start: { line: number } } }[] }[];
    for (const file of report) {
      for (const m of file.messages) findings.push({ file: file.filePath.replace(`${dir}/`, ''), line: m.loc.start.line, rule: `${m.ruleId}${m.messageId ? `/${m.messageId}` : ''}`, message: m.message });
    }
  }
  return { ok: true, files: files.length, findings };
}

export async function checkSecretScan(dir: string): Promise<GoliveResult> {
  const item = 'secret-scan';
  if (!isGitRepo(dir)) return result(item, 'skip', 'not a git repository: no tracked files to scan. Fix: run check:golive in the clone you deploy from.');
  const scan = await scanTrackedFiles(dir);
  if (!scan.ok) return result(item, 'fail', `the secret scan did not run (${scan.error}). Fix: \`npm ci\`, then \`npm run scan:secrets\`.`);
  if (scan.findings.length === 0) return result(item, 'pass', `secretlint (recommended preset + commercetools rule) found nothing in ${scan.files} tracked files`);
  return result(
    item,
    'fail',
    `secretlint found ${scan.findings.length} secret(s) in tracked files: ${scan.findings.map((f) => `${f.file}:${f.line} ${f.message} (${f.rule})`).join('; ')}. ` +
      'Fix: rotate each secret, move it to the server environment, remove it from the file and from the history (git filter-repo); build test values at run time.',
  );
}
