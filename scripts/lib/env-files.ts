// Loads env files the way Next does, for the preflight scripts (`check:env`, `check:golive`): the
// process environment first, then the mode's files in Next's order. Never prints a value.
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Next's env file order for a mode (first wins; real environment variables beat every file).
 * `.env.local` is skipped in test mode, like Next does.
 */
function envFiles(mode: string): string[] {
  return [`.env.${mode}.local`, ...(mode === 'test' ? [] : ['.env.local']), `.env.${mode}`, '.env'];
}

/** Loads the env files of `dir` that exist into process.env; returns their names. */
export function loadEnvFiles(dir: string, mode: string): string[] {
  const loaded: string[] = [];
  for (const file of envFiles(mode)) {
    const full = path.join(dir, file);
    if (!existsSync(full)) continue;
    // Never overrides a variable that is already set, so earlier files and the real env win.
    process.loadEnvFile(full);
    loaded.push(file);
  }
  return loaded;
}
