// Finds server secrets in deploy output (`npm run check:deploy`): every file under the given roots,
// byte for byte, including function bundles and static files. Reports which file holds which
// secret by NAME only: the value must never reach a log, a CI page or a terminal scrollback.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isZip, zipEntries } from './zip-entries';

export type Secret = { name: string; value: string };
export type Finding = { file: string; secret: string };
/** `files` counts zip entries too; `bytes` is what was searched. */
export type ScanResult = { findings: Finding[]; files: number; bytes: number };

/** Shorter values would match by chance in megabytes of minified code, so they are refused. */
const MIN_SECRET_LENGTH = 12;

/** The forms a value takes when a bundler or serializer writes it: raw, URL-encoded, JSON-escaped. */
function needlesOf(secret: Secret): Buffer[] {
  if (secret.value.length < MIN_SECRET_LENGTH) {
    throw new Error(`${secret.name} is shorter than ${MIN_SECRET_LENGTH} characters: too short to scan for reliably`);
  }
  const forms = new Set([secret.value, encodeURIComponent(secret.value), JSON.stringify(secret.value).slice(1, -1)]);
  return [...forms].map((form) => Buffer.from(form, 'utf8'));
}

/**
 * Every file under `roots` (symlinked files and folders followed, each real folder once) plus
 * `extraFiles` (files outside the roots that a deployment uploads, e.g. Vercel's filePathMap).
 * `displayRoot` is what reported paths are relative to.
 */
export function scanForSecrets(options: { roots: string[]; extraFiles?: string[]; secrets: Secret[]; displayRoot: string }): ScanResult {
  const needles = options.secrets.map((secret) => ({ name: secret.name, forms: needlesOf(secret) }));
  const files = new Set<string>();
  const seenDirs = new Set<string>();
  const walk = (dir: string) => {
    const real = realpathSync(dir);
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    for (const entry of readdirSync(dir)) {
      const full = join(dir, entry);
      // statSync follows symlinks: a link into node_modules is part of what ships.
      const stat = statSync(full, { throwIfNoEntry: false });
      if (!stat) continue; // a dangling link ships nothing
      if (stat.isDirectory()) walk(full);
      else if (stat.isFile()) files.add(full);
    }
  };
  for (const root of options.roots) {
    if (!existsSync(root)) throw new Error(`nothing to scan: ${relative(options.displayRoot, root) || root} does not exist`);
    walk(root);
  }
  for (const file of options.extraFiles ?? []) if (statSync(file, { throwIfNoEntry: false })?.isFile()) files.add(file);

  const findings: Finding[] = [];
  let bytes = 0;
  let count = 0;
  const check = (display: string, content: Buffer) => {
    count++;
    bytes += content.length;
    for (const { name, forms } of needles) {
      // The path too: a secret in a file name ships as well.
      if (forms.some((form) => content.includes(form) || Buffer.from(display).includes(form))) findings.push({ file: display, secret: name });
    }
  };
  for (const file of [...files].sort()) {
    const content = readFileSync(file);
    const display = relative(options.displayRoot, file);
    check(display, content);
    // Deflated entries hide their bytes from the search above: look inside (one level, as shipped).
    if (isZip(content)) for (const entry of zipEntries(content)) check(`${display}!/${entry.name}`, entry.content);
  }
  return { findings, files: count, bytes };
}

/** `text` with every secret value replaced by its name, for printing builder output safely. */
export function redact(text: string, secrets: Secret[]): string {
  let out = text;
  for (const secret of secrets) {
    for (const form of new Set([secret.value, encodeURIComponent(secret.value)])) out = out.split(form).join(`[${secret.name}]`);
  }
  return out;
}
