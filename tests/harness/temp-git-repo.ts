// A throwaway git repository for the go-live and secret-scan tests: real git, real commits.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export type TempRepo = {
  dir: string;
  git(...args: string[]): string;
  write(files: Record<string, string>): void;
  /** Adds (forced: .env files are git-ignored, as in a fork that force-added one) and commits. */
  commit(message: string, ...paths: string[]): string;
  remove(): void;
};

export function tempGitRepo(files: Record<string, string>): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'golive-repo-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
  const write = (more: Record<string, string>) => {
    for (const [path, content] of Object.entries(more)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
  };
  git('init', '-q', '-b', 'main');
  write(files);
  const repo: TempRepo = {
    dir,
    git,
    write,
    commit(message, ...paths) {
      git('add', '-f', '--', ...(paths.length ? paths : ['.']));
      git('commit', '-q', '-m', message);
      return git('rev-parse', '--short', 'HEAD').trim();
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  return repo;
}
