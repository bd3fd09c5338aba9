// `npm run check:deploy`: builds the storefront with each host's own builder, offline (Netlify's
// Next.js adapter through `netlify build --offline`, Vercel's through `vercel build`), then scans
// everything each would upload for the server secrets the build saw. Exits 1, naming the build
// that failed or the file and the secret's NAME, never its value.
//
// The builders are pinned devDependencies (vercel, netlify-cli + @netlify/plugin-nextjs, and deno
// for Netlify's edge bundler), spawned from node_modules/.bin, where knip cannot see them: hence
// their names in knip.json's ignoreDependencies.
//
// Each build runs in its own temporary copy of the working tree (git-tracked and untracked files,
// never git-ignored ones such as `.env.local`), so the developer's `.next` and tree stay untouched.
import { spawn, spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_STOREFRONT_SCOPES } from '@/lib/security/scopes';
import { ROOT } from './lib/next-process';
import { redact, scanForSecrets, type Secret } from './lib/secret-scan';
import { startStorefrontBackend } from './storefront-backend';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A throwaway value shaped like a real one; alphanumeric, so every encoding of it is itself. */
function throwaway(length: number): string {
  return Array.from({ length }, () => ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]).join('');
}

/** Fresh per run: a build can only contain them if it copied them from its env. */
const SECRETS = {
  CTP_CLIENT_SECRET: throwaway(32), // commercetools client secrets are 32 characters
  SESSION_SECRET: throwaway(64),
  SESSION_SECRET_PREVIOUS: throwaway(64),
  REVALIDATE_SECRET: throwaway(48),
  REDIS_PASSWORD: throwaway(40), // inside REDIS_URL, as managed Redis URLs carry it
  SMTP_PASSWORD: throwaway(24), // inside SMTP_URL
};
const SECRET_LIST: Secret[] = Object.entries(SECRETS).map(([name, value]) => ({ name, value }));

type Host = {
  name: 'Netlify' | 'Vercel';
  /** The builder's command line, relative to the copy's node_modules/.bin. */
  command: [string, ...string[]];
  /** The platform markers the host sets itself; the shared-state and trusted-proxy rules read them. */
  platformEnv: Record<string, string>;
  prepare: (dir: string) => void;
  /** What must be in the output for the deployment to work; each missing piece is one problem. */
  verify: (dir: string) => string[];
  /** What a deployment uploads: folders, plus files outside them it references. */
  uploads: (dir: string) => { roots: string[]; extraFiles: string[] };
};

const HOSTS: Host[] = [
  {
    name: 'Netlify',
    command: ['netlify', 'build', '--offline', '--context', 'production'],
    platformEnv: { NETLIFY: 'true', TRUSTED_PROXY: 'netlify' },
    prepare: () => {},
    verify: (dir) => {
      const edge = readJson<{ routes?: { function: string }[] }>(join(dir, '.netlify', 'edge-functions-dist', 'manifest.json'));
      return [
        expectPath(dir, '.netlify/functions-internal/___netlify-server-handler', 'the server handler (Route Handlers, pages)'),
        expectPath(dir, '.netlify/static/_next/static', 'the static assets'),
        // proxy.ts runs on Node.js; the adapter wraps it in an edge handler of its own name.
        edge?.routes?.some((route) => route.function === '___netlify-edge-handler-node-middleware') ? '' : 'proxy.ts is not routed as the Node.js middleware handler',
      ].filter(Boolean);
    },
    // The adapter writes the server handler, the middleware handler and static files here;
    // `.next` is only its input.
    uploads: (dir) => ({ roots: [join(dir, '.netlify')], extraFiles: [] }),
  },
  {
    name: 'Vercel',
    command: ['vercel', 'build', '--prod', '--yes'],
    platformEnv: { VERCEL: '1', TRUSTED_PROXY: 'vercel' },
    // A linked project with its settings, as `vercel pull` would write it, so nothing asks the API.
    prepare: (dir) => {
      mkdirSync(join(dir, '.vercel'), { recursive: true });
      const settings = { framework: 'nextjs', nodeVersion: '24.x', buildCommand: null, installCommand: null, outputDirectory: null, rootDirectory: null };
      writeFileSync(join(dir, '.vercel', 'project.json'), JSON.stringify({ projectId: 'prj_checkdeploy', orgId: 'team_checkdeploy', settings }));
    },
    verify: (dir) => {
      const output = join(dir, '.vercel', 'output');
      const runtimes = new Set(vercelFunctionConfigs(output).map((config) => config.runtime));
      return [
        expectPath(dir, '.vercel/output/config.json', 'the routing config'),
        expectPath(dir, '.vercel/output/static/_next/static', 'the static assets'),
        // proxy.ts runs on Node.js: Vercel gives it its own Node function, named by the routes' middlewarePath.
        readJson<{ runtime?: string }>(join(output, 'functions', '_middleware.func', '.vc-config.json'))?.runtime === 'nodejs24.x' ? '' : 'proxy.ts is not a Node 24 middleware function',
        readJson<{ routes?: Array<{ middlewarePath?: string }> }>(join(output, 'config.json'))?.routes?.some((route) => route.middlewarePath === '/_middleware')
          ? ''
          : 'no route runs proxy.ts',
        runtimes.has('nodejs24.x') ? '' : `no Node 24 function (runtimes: ${[...runtimes].join(', ') || 'none'})`,
      ].filter(Boolean);
    },
    uploads: (dir) => ({ roots: [join(dir, '.vercel', 'output')], extraFiles: vercelFilePathMaps(join(dir, '.vercel', 'output'), dir) }),
  },
];

function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

function expectPath(dir: string, path: string, what: string): string {
  return existsSync(join(dir, path)) ? '' : `${what} missing (${path})`;
}

type VercelFunctionConfig = { runtime?: string; filePathMap?: Record<string, string> };

/** Every function's `.vc-config.json` (symlinked aliases skipped: they repeat a real one). */
function vercelFunctionConfigs(outputDir: string): VercelFunctionConfig[] {
  const configs: VercelFunctionConfig[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === '.vc-config.json') configs.push(JSON.parse(readFileSync(full, 'utf8')) as VercelFunctionConfig);
    }
  };
  walk(join(outputDir, 'functions'));
  return configs;
}

/**
 * `vercel build` leaves a function's files in place and lists them in `.vc-config.json`'s
 * filePathMap (`.next/server/...`, traced node_modules): `vercel deploy --prebuilt` uploads them too.
 */
function vercelFilePathMaps(outputDir: string, projectDir: string): string[] {
  return vercelFunctionConfigs(outputDir).flatMap((config) => Object.values(config.filePathMap ?? {}).map((source) => resolve(projectDir, source)));
}

/** The working tree as git sees it (tracked and untracked, not ignored) plus a hard-linked node_modules. */
function copyProject(into: string): void {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of new Set(listed.stdout.split('\0').filter(Boolean))) {
    const source = join(ROOT, file);
    if (!existsSync(source)) continue; // deleted in the working tree
    mkdirSync(dirname(join(into, file)), { recursive: true });
    cpSync(source, join(into, file), { preserveTimestamps: true, verbatimSymlinks: true });
  }
  // Hard links: seconds instead of copying ~1 GB; builders add files, they do not edit installed ones.
  // A real folder, not a symlink: Turbopack refuses a node_modules that points outside the project.
  const linked = spawnSync('cp', ['-al', join(ROOT, 'node_modules'), join(into, 'node_modules')]);
  if (linked.status !== 0) cpSync(join(ROOT, 'node_modules'), join(into, 'node_modules'), { recursive: true, verbatimSymlinks: true });
}

/** Only what a build needs from this shell: no inherited server config, no platform markers. */
function baseEnv(): Record<string, string> {
  const keep = /^(PATH|HOME|USER|LANG|LC_ALL|TMPDIR|TERM|SHELL|npm_config_cache|NODE_EXTRA_CA_CERTS)$/;
  return Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => keep.test(e[0]) && e[1] !== undefined));
}

function runBuilder(host: Host, dir: string, env: Record<string, string>): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now();
  const [bin, ...args] = host.command;
  const child = spawn(join(dir, 'node_modules', '.bin', bin), args, { cwd: dir, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done) => child.once('close', (code: number | null) => done({ code, output, ms: Date.now() - started })));
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<number> {
  // `npm run check:deploy -- netlify` builds for one host only (while debugging a builder).
  const only = process.argv.slice(2).map((arg) => arg.toLowerCase());
  const hosts = HOSTS.filter((h) => only.length === 0 || only.includes(h.name.toLowerCase()));
  const unknown = only.filter((name) => !HOSTS.some((h) => h.name.toLowerCase() === name));
  if (unknown.length > 0) throw new Error(`unknown host ${unknown.join(', ')} (netlify or vercel)`);
  const workDir = mkdtempSync(join(tmpdir(), 'storefront-check-deploy-'));
  const clientId = 'storefront-checkdeploy';
  // Pages are prerendered at build time: the build talks to a local backend that knows this client.
  const backend = await startStorefrontBackend({ port: 0, clients: [{ id: clientId, secret: SECRETS.CTP_CLIENT_SECRET, scopes: [...DEFAULT_STOREFRONT_SCOPES] }] });
  const failures: string[] = [];
  try {
    for (const host of hosts) {
      const dir = join(workDir, host.name.toLowerCase());
      const copyStarted = Date.now();
      copyProject(dir);
      host.prepare(dir);
      console.log(`${host.name}: building in ${dir} (copied in ${seconds(Date.now() - copyStarted)})…`);
      const env = {
        ...baseEnv(),
        // The copy's own tools first: Netlify's edge bundler finds Deno (the pinned `deno` package)
        // on PATH instead of downloading it, which it cannot do offline.
        PATH: `${join(dir, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
        // The boot-refusal rules run in `next build`: a complete production env that passes them.
        CTP_PROJECT_KEY: backend.projectKey,
        CTP_CLIENT_ID: clientId,
        CTP_CLIENT_SECRET: SECRETS.CTP_CLIENT_SECRET,
        CTP_AUTH_URL: backend.url,
        CTP_API_URL: backend.url,
        SESSION_SECRET: SECRETS.SESSION_SECRET,
        SESSION_SECRET_PREVIOUS: SECRETS.SESSION_SECRET_PREVIOUS,
        REVALIDATE_SECRET: SECRETS.REVALIDATE_SECRET,
        // Required on both hosts (shared-state rule); nothing connects to it during the build.
        REDIS_URL: `rediss://default:${SECRETS.REDIS_PASSWORD}@127.0.0.1:6380`,
        SMTP_URL: `smtps://shop:${SECRETS.SMTP_PASSWORD}@127.0.0.1:4465`,
        MAIL_FROM: 'Shop <shop@example.com>',
        SITE_URL: 'https://shop.example.com',
        // The production provider (docs/payments.md); the key is a name, not a secret.
        PAYMENT_PROVIDER: 'commercetools-checkout',
        CTP_CHECKOUT_APPLICATION_KEY: 'web-shop',
        ...host.platformEnv,
        // Keep the CLIs quiet and local: no telemetry, no update checks, their config in the copy.
        NEXT_TELEMETRY_DISABLED: '1',
        VERCEL_TELEMETRY_DISABLED: '1',
        NETLIFY_TELEMETRY_DISABLED: '1',
        NO_UPDATE_NOTIFIER: '1',
        XDG_CONFIG_HOME: join(dir, '.xdg', 'config'),
        XDG_DATA_HOME: join(dir, '.xdg', 'data'),
        XDG_CACHE_HOME: join(dir, '.xdg', 'cache'),
      };
      const build = await runBuilder(host, dir, env);
      writeFileSync(join(workDir, `${host.name.toLowerCase()}-build.log`), redact(build.output, SECRET_LIST));
      if (build.code !== 0) {
        const tail = redact(build.output, SECRET_LIST).trimEnd().split('\n').slice(-40).join('\n');
        console.error(`${tail}\n${host.name}: FAIL - the build exited ${build.code} after ${seconds(build.ms)} (last 40 lines above; CHECK_DEPLOY_KEEP=1 keeps the whole log and the copy)`);
        failures.push(`${host.name} build failed`);
        continue;
      }
      console.log(`${host.name}: built in ${seconds(build.ms)} (\`${host.command.join(' ')}\`)`);
      // Offline only: the edge bundler reads an edge function's inline `config` with a Deno script
      // that imports https://edge.netlify.com. The adapter routes middleware through the manifest
      // (checked by verify), so the bundle is complete; said here so nobody mistakes it for silence.
      if (build.output.includes('Could not load configuration for edge function')) {
        console.log(`${host.name}: note - the edge bundler could not fetch https://edge.netlify.com offline to read inline edge configs; routes come from the adapter's manifest`);
      }
      for (const problem of host.verify(dir)) {
        console.error(`${host.name}: FAIL - ${problem}`);
        failures.push(`${host.name}: ${problem}`);
      }

      let scan;
      try {
        scan = scanForSecrets({ ...host.uploads(dir), secrets: SECRET_LIST, displayRoot: dir });
      } catch (error) {
        // An output that cannot be read (missing, an unreadable zip) fails; it never passes unread.
        console.error(`${host.name}: FAIL - ${(error as Error).message}`);
        failures.push(`${host.name}: output not scannable`);
        continue;
      }
      if (scan.files === 0) failures.push(`${host.name}: the build output is empty`);
      for (const finding of scan.findings) {
        console.error(`${host.name}: FAIL - ${finding.file} contains the value of ${finding.secret}`);
        failures.push(`${host.name} output leaks ${finding.secret}`);
      }
      if (scan.findings.length === 0) {
        console.log(`${host.name}: PASS - none of ${SECRET_LIST.length} secrets in ${scan.files} files (${(scan.bytes / 1e6).toFixed(0)} MB)`);
      }
    }
  } finally {
    await backend.close();
    if (process.env.CHECK_DEPLOY_KEEP === '1') console.log(`Kept ${workDir} (CHECK_DEPLOY_KEEP=1).`);
    else rmSync(workDir, { recursive: true, force: true });
  }
  // One line per distinct failure: a leaked secret is usually in several files (listed above).
  console.log(failures.length === 0 ? 'check:deploy passed: every host built, and no secret ships.' : `check:deploy FAILED: ${[...new Set(failures)].join('; ')}`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`check:deploy crashed: ${redact((error as Error).message, SECRET_LIST)}`);
    process.exit(1);
  },
);
