// Which proxy in front of the app may name the client's address (TRUSTED_PROXY, docs/deploy.md).
//
// Values: `none` (trust no forwarding header), `vercel`, `netlify`, `cloudflare` (CF-Connecting-IP),
// or a number N: N proxies of our own each append the address they saw to X-Forwarded-For, so the
// client is the N-th entry from the right. Unset: the platform the app runs on, else none.
//
// A forwarding header is only as good as the proxy that overwrites it. `vercel` and `netlify`
// are therefore believed only when the platform itself says so: `VERCEL=1` / `NETLIFY=true` in the
// process environment and in no `.env*` file of the app. `vercel env pull` writes `VERCEL="1"` into
// `.env.local`; a copy of that file on a bare server must not make client-written headers count.
// Netlify sets NETLIFY=true for builds only; its functions run on AWS Lambda with Netlify's
// documented runtime variable SITE_ID, so `SITE_ID` together with Lambda's own
// `AWS_LAMBDA_FUNCTION_NAME` (same provenance rule) counts too (README "Deploying": not yet
// verified on a live site).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, pass, type RuleResult } from './rule-result';

export type TrustedProxy = { kind: 'none' } | { kind: 'vercel' } | { kind: 'netlify' } | { kind: 'cloudflare' } | { kind: 'hops'; hops: number };

export type ProxyResolution = { proxy: TrustedProxy; /** why a configured proxy is not believed */ problem?: string };

type EnvRecord = Record<string, string | undefined>;

/** The `.env*` files Next.js loads (https://nextjs.org/docs/app/guides/environment-variables). */
const ENV_FILES = ['.env', '.env.local', '.env.development', '.env.development.local', '.env.production', '.env.production.local', '.env.test', '.env.test.local'];

/** Names set by any `.env*` file in `dir`. */
export function envFileNames(dir: string = process.cwd()): Set<string> {
  const names = new Set<string>();
  for (const file of ENV_FILES) {
    const path = join(/*turbopackIgnore: true*/ dir, file);
    // Read at run time only: the build must not trace (and ship) these files with the server code.
    if (!existsSync(/*turbopackIgnore: true*/ path)) continue;
    for (const line of readFileSync(/*turbopackIgnore: true*/ path, 'utf8').split(/\r?\n/)) {
      const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line);
      if (match) names.add(match[1]!);
    }
  }
  return names;
}

const PLATFORM_MARKERS = { vercel: ['VERCEL', '1'], netlify: ['NETLIFY', 'true'] } as const;
/** A Netlify function at run time: Netlify's site id inside an AWS Lambda function. */
const NETLIFY_RUNTIME = ['SITE_ID', 'AWS_LAMBDA_FUNCTION_NAME'] as const;

/** The platform the process provably runs on (its marker is in the environment, not from a file). */
function detectedPlatform(env: EnvRecord, fileNames: Set<string>): 'vercel' | 'netlify' | null {
  for (const platform of ['vercel', 'netlify'] as const) {
    const [name, value] = PLATFORM_MARKERS[platform];
    if (env[name] === value && !fileNames.has(name)) return platform;
  }
  if (NETLIFY_RUNTIME.every((name) => env[name]?.trim() && !fileNames.has(name))) return 'netlify';
  return null;
}

/** The proxy to believe for a `TRUSTED_PROXY` value (already checked by lib/env.ts). */
export function resolveTrustedProxy(setting: string | undefined, env: EnvRecord, fileNames: Set<string>): ProxyResolution {
  const platform = detectedPlatform(env, fileNames);
  if (setting === undefined) return { proxy: platform ? { kind: platform } : { kind: 'none' } };
  if (setting === 'none' || setting === 'cloudflare') return { proxy: { kind: setting } };
  if (setting === 'vercel' || setting === 'netlify') {
    if (platform === setting) return { proxy: { kind: setting } };
    const [name, value] = PLATFORM_MARKERS[setting];
    const from = fileNames.has(name) ? `${name} is set by a .env file` : `${name}=${value} is not in the process environment`;
    return { proxy: { kind: 'none' }, problem: `TRUSTED_PROXY=${setting} is ignored: ${from}, so this is not provably ${setting}; every client shares one rate-limit key` };
  }
  return { proxy: { kind: 'hops', hops: Number(setting) } };
}

/**
 * The `trusted-proxy` boot rule (docs/boot-refusal.md): says which proxy names client addresses,
 * and refuses a production run whose TRUSTED_PROXY names a platform the process cannot prove.
 */
export function checkTrustedProxy(env: EnvRecord, fileNames: Set<string> = envFileNames()): RuleResult {
  const setting = env.TRUSTED_PROXY?.trim() || undefined;
  const { proxy, problem } = resolveTrustedProxy(setting, env, fileNames);
  if (problem && env.NODE_ENV === 'production') {
    return fail('trusted-proxy', `${problem}. Fix: set TRUSTED_PROXY to the proxy in front of this deployment (none, cloudflare or a hop count), or deploy on ${setting}.`);
  }
  if (proxy.kind === 'none') {
    return pass('trusted-proxy', 'no trusted proxy: every client shares one rate-limit key with site-wide limits (set TRUSTED_PROXY behind a proxy for per-client limits)');
  }
  return pass('trusted-proxy', `client addresses come from ${proxy.kind === 'hops' ? `the ${proxy.hops}. X-Forwarded-For entry from the right` : proxy.kind}`);
}
