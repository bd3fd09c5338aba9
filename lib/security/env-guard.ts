// Boot refusal: the rules a configuration must pass before the storefront serves a single request
// (docs/boot-refusal.md). next.config.ts (build and server start), instrumentation.ts and
// `npm run check:env` all run these same rules. No `server-only` import: plain Node loads this file.
//
// Messages name the rule, what is wrong and the fix, and never contain a secret's value: they end up
// in build logs and process stderr.
import { processSingleton } from '../process-singleton';
import { EnvError, isLoopbackUrl, parseServerEnv, SESSION_SECRET_PLACEHOLDER, type EnvSource } from '../env';
import { checkCheckoutProvider } from './checkout-provider';
import { checkGrantedScopes } from './granted-scopes';
import { checkLocalBackend } from './local-backend-proof';
import { checkSharedState } from './shared-state';
import { checkTrustedProxy } from './trusted-proxy';
import { findPublicEnvSecrets, type SecretValue } from './public-env';
import { DEFAULT_STOREFRONT_SCOPES, parseScopeList, scopeViolations } from './scopes';
import { fail, pass, skip, type RuleName, type RuleResult } from './rule-result';

export type { RuleName, RuleResult } from './rule-result';

export const STATIC_RULES: readonly RuleName[] = ['env', 'declared-scopes', 'public-env', 'session-secret', 'test-payments', 'shared-state', 'trusted-proxy', 'mail', 'checkout'];

const MIN_SESSION_SECRET_LENGTH = 32;
/** A 32-character secret of one or two repeated characters is long but guessable. */
const MIN_SESSION_SECRET_DISTINCT_CHARS = 10;
const GENERATE_SECRET = 'generate one with `openssl rand -base64 48` and keep it out of git';

function checkEnvParses(env: EnvSource): RuleResult {
  try {
    parseServerEnv(env);
    return pass('env', 'all server variables parse');
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    return fail(
      'env',
      `${error.problems.join('; ')}. Fix: set these variables in the server environment (see .env.example and docs/boot-refusal.md).`,
    );
  }
}

function checkDeclaredScopes(env: EnvSource): RuleResult {
  const declared = parseScopeList(env.CTP_SCOPES);
  if (declared.length === 0) return pass('declared-scopes', 'CTP_SCOPES unset: the client\'s granted scopes are used (checked by granted-scopes)');
  const violations = scopeViolations(declared);
  if (violations.length === 0) return pass('declared-scopes', `CTP_SCOPES declares only allowlisted scopes (${declared.length})`);
  return fail(
    'declared-scopes',
    `CTP_SCOPES declares scopes a storefront must never hold: ${violations.map((v) => `${v.scope} (${v.reason})`).join('; ')}. ` +
      `Fix: remove them from CTP_SCOPES, or unset CTP_SCOPES; the storefront needs only ${DEFAULT_STOREFRONT_SCOPES.join(' ')}.`,
  );
}

/** Every value a NEXT_PUBLIC_ variable must never equal or contain. */
function serverSecrets(env: EnvSource): SecretValue[] {
  const secrets: SecretValue[] = [];
  for (const name of ['CTP_CLIENT_SECRET', 'SESSION_SECRET', 'SESSION_SECRET_PREVIOUS', 'REVALIDATE_SECRET', 'AGENT_INTROSPECTION_CLIENT_SECRET'] as const) {
    const value = env[name];
    if (value && value.trim() !== '') secrets.push({ name, value });
  }
  for (const name of ['REDIS_URL', 'SMTP_URL'] as const) {
    const password = urlPassword(env[name]);
    if (password) secrets.push({ name: `the ${name} password`, value: password });
  }
  return secrets;
}

function urlPassword(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const password = new URL(url).password;
    return password ? decodeURIComponent(password) : undefined;
  } catch {
    return undefined;
  }
}

function checkPublicEnv(env: EnvSource): RuleResult {
  const findings = findPublicEnvSecrets(env, serverSecrets(env));
  if (findings.length === 0) return pass('public-env', 'no NEXT_PUBLIC_ variable looks like a secret');
  const names = [...new Set(findings.map((f) => f.name))];
  return fail(
    'public-env',
    `NEXT_PUBLIC_ variables are inlined into the JavaScript every visitor downloads, and these look like secrets: ` +
      `${findings.map((f) => `${f.name} (${f.reason})`).join('; ')}. ` +
      `Fix: remove ${names.join(', ')} from the environment (the browser never needs a credential: the server holds it), ` +
      `rotate any real secret that was exposed, and if a value is public by nature add its name to PUBLIC_ENV_ALLOWLIST in lib/security/public-env.ts with the reason.`,
  );
}

/** Why a session secret is unusable, or undefined when it is fine. */
function sessionSecretWeakness(value: string): string | undefined {
  if (value === SESSION_SECRET_PLACEHOLDER) return 'is still the .env.example placeholder';
  if (value.length < MIN_SESSION_SECRET_LENGTH) {
    return `is ${value.length} characters; it must be at least ${MIN_SESSION_SECRET_LENGTH}`;
  }
  if (new Set(value).size < MIN_SESSION_SECRET_DISTINCT_CHARS) {
    return `has fewer than ${MIN_SESSION_SECRET_DISTINCT_CHARS} distinct characters, so it is guessable`;
  }
  return undefined;
}

function checkSessionSecret(env: EnvSource): RuleResult {
  const problems: string[] = [];
  const current = env.SESSION_SECRET ?? '';
  if (current.trim() === '') problems.push('SESSION_SECRET is missing');
  else {
    const weakness = sessionSecretWeakness(current);
    if (weakness) problems.push(`SESSION_SECRET ${weakness}`);
  }
  const previous = env.SESSION_SECRET_PREVIOUS;
  if (previous !== undefined && previous.trim() !== '') {
    const weakness = sessionSecretWeakness(previous);
    if (weakness) problems.push(`SESSION_SECRET_PREVIOUS ${weakness}`);
  }
  if (problems.length === 0) {
    return pass('session-secret', `SESSION_SECRET is strong enough${previous?.trim() ? ' (and so is SESSION_SECRET_PREVIOUS)' : ''}`);
  }
  return fail(
    'session-secret',
    `${problems.join('; ')}. Fix: ${GENERATE_SECRET}; use a different one per environment` +
      `${problems.some((p) => p.startsWith('SESSION_SECRET_PREVIOUS')) ? ', and unset SESSION_SECRET_PREVIOUS once the rotation window is over' : ''}.`,
  );
}

function checkTestPayments(env: EnvSource): RuleResult {
  if (env.PAYMENT_PROVIDER?.trim() !== 'test') return pass('test-payments', 'the test payment provider is off');
  // Both URLs: a loopback API with a real auth server would be a tunnel to a real project.
  const loopback = (url: string | undefined) => {
    try {
      return isLoopbackUrl(url ?? '');
    } catch {
      return false; // Unparseable: fail closed (the env rule reports the URL itself).
    }
  };
  if (loopback(env.CTP_API_URL) && loopback(env.CTP_AUTH_URL)) {
    return pass('test-payments', 'the test payment provider is on, against the local backend (loopback CTP_API_URL and CTP_AUTH_URL)');
  }
  return fail(
    'test-payments',
    'PAYMENT_PROVIDER=test while CTP_API_URL or CTP_AUTH_URL is not the local backend (not a loopback address): test payments against a real project hand out free orders. ' +
      'Fix: unset PAYMENT_PROVIDER (or set it to none) for this deployment, or point both CTP_API_URL and CTP_AUTH_URL at the local backend (http://127.0.0.1:8989).',
  );
}

const STATIC_CHECKS: Record<Exclude<RuleName, 'granted-scopes' | 'local-backend'>, (env: EnvSource) => RuleResult> = {
  env: checkEnvParses,
  'declared-scopes': checkDeclaredScopes,
  'public-env': checkPublicEnv,
  'session-secret': checkSessionSecret,
  'test-payments': checkTestPayments,
  'shared-state': checkSharedState,
  'trusted-proxy': (env) => checkTrustedProxy(env),
  mail: checkMail,
  checkout: checkCheckoutProvider,
};

/** Mail is optional: the rule says where it goes, or that none is sent (never the credentials). */
function checkMail(env: EnvSource): RuleResult {
  const url = env.SMTP_URL?.trim();
  if (!url) return pass('mail', 'SMTP_URL is not set: no password-reset or order-confirmation mail is sent');
  try {
    const parsed = new URL(url);
    return pass('mail', `mail goes through ${parsed.protocol}//${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}`);
  } catch {
    return fail('mail', 'SMTP_URL is not a URL. Fix: smtp://user:password@host:587 or smtps://user:password@host:465');
  }
}

/** The rules that need no network: safe at build time and in next.config.ts. */
export function runStaticChecks(env: EnvSource): RuleResult[] {
  return Object.values(STATIC_CHECKS).map((check) => check(env));
}

/**
 * Every rule: the static ones, then the network ones (granted-scopes: a token request; local-backend:
 * an identity challenge) only when they all passed,
 * since a malformed or unsafe configuration must not be sent to an auth server.
 */
export async function runBootChecks(env: EnvSource): Promise<RuleResult[]> {
  const results = runStaticChecks(env);
  if (results.some((r) => r.status === 'fail')) {
    return [...results, ...(['granted-scopes', 'local-backend'] as const).map((rule) => skip(rule, 'not checked: fix the failed rules above first'))];
  }
  const parsed = parseServerEnv(env);
  return [...results, await checkGrantedScopes(parsed), await checkLocalBackend(parsed)];
}

/**
 * runBootChecks once per process. next.config.ts (server start) and instrumentation.ts both ask;
 * Next loads them as separate module graphs, so the memo is a process singleton (lib/process-singleton.ts).
 */
export function runBootChecksOnce(env: EnvSource): Promise<RuleResult[]> {
  return processSingleton('security.bootChecks', () => runBootChecks(env));
}

export const failedRules = (results: readonly RuleResult[]): RuleResult[] => results.filter((r) => r.status === 'fail');

export class UnsafeConfigurationError extends Error {
  declare readonly failed: readonly RuleResult[];

  constructor(failed: readonly RuleResult[]) {
    super(
      `Refusing to run: ${failed.length} configuration rule${failed.length === 1 ? '' : 's'} failed ` +
        `(run \`npm run check:env\` for the full report):\n${failed.map((r) => `  FAIL ${r.message}`).join('\n')}`,
    );
    this.name = 'UnsafeConfigurationError';
    // Printed by Next on a failed config load: the message is the report; a stack trace and a dump
    // of `failed` would only repeat it.
    Object.defineProperty(this, 'failed', { value: failed, enumerable: false });
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Throws one error listing every failed rule; returns quietly when none failed. */
export function assertSafeConfiguration(results: readonly RuleResult[]): void {
  const failed = failedRules(results);
  if (failed.length > 0) throw new UnsafeConfigurationError(failed);
}

/** One line per rule, as `npm run check:env` prints them. */
export function formatResults(results: readonly RuleResult[]): string {
  return results.map((r) => `${r.status.toUpperCase().padEnd(4)} ${r.message}`).join('\n');
}
