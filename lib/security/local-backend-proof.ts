// The local-backend rule: PAYMENT_PROVIDER=test hands out orders without money, so besides both
// URLs being loopback (test-payments, static) the backend must prove it is the local one. Loopback
// alone is not enough: a local port can be a tunnel to a real project. The local backend answers
// POST /__local/identity with an HMAC of our random challenge keyed with the client secret it was
// started with (scripts/local-backend/compat/identity.ts); a real commercetools project has no such
// route, and nothing without the secret can compute the answer. Both URLs are asked, and must be
// the same backend instance. Checked at boot (and by check:env), reused by the payment provider.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isLoopbackUrl, type ServerEnv } from '../env';
import { existingProcessSingleton, processSingleton } from '../process-singleton';
import { fail, pass, type RuleResult } from './rule-result';

const RULE = 'local-backend';
const IDENTITY_PATH = '/__local/identity';
/** Must match the local backend's label (the proof format is the contract between the two). */
const PROOF_LABEL = 'commercetools-local-backend identity v1';
const TIMEOUT_MS = 5_000;

type Identity = { instance: string };

/** The backend at `baseUrl`'s proven identity, or why it could not prove it. */
async function probe(baseUrl: string, env: ServerEnv): Promise<Identity | string> {
  const challenge = randomBytes(32).toString('hex');
  let body: Record<string, unknown> | null;
  try {
    const response = await fetch(`${baseUrl}${IDENTITY_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: env.CTP_CLIENT_ID, challenge }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cache: 'no-store',
    });
    if (!response.ok) return `${baseUrl} answered ${response.status} to the identity challenge (a real commercetools project has no such route)`;
    body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  } catch {
    return `${baseUrl} could not be reached for the identity challenge`;
  }
  const { instance, proof, projectKey } = body ?? {};
  if (typeof instance !== 'string' || typeof proof !== 'string' || projectKey !== env.CTP_PROJECT_KEY) {
    return `${baseUrl} gave no identity for project ${env.CTP_PROJECT_KEY}`;
  }
  const expected = createHmac('sha256', env.CTP_CLIENT_SECRET).update([PROOF_LABEL, env.CTP_PROJECT_KEY, instance, challenge].join('\n')).digest();
  const offered = Buffer.from(proof, 'hex');
  if (offered.length !== expected.length || !timingSafeEqual(offered, expected)) {
    return `${baseUrl} answered the identity challenge without knowing CTP_CLIENT_SECRET`;
  }
  return { instance };
}

/** Why the backend must prove itself, or null: test payments, or Checkout's simulation (its script runs in our page). */
function proofNeeded(env: ServerEnv): string | null {
  if (env.PAYMENT_PROVIDER === 'test') return 'PAYMENT_PROVIDER=test';
  if (env.PAYMENT_PROVIDER === 'commercetools-checkout' && isLoopbackUrl(env.CTP_API_URL)) return 'PAYMENT_PROVIDER=commercetools-checkout on a loopback CTP_API_URL (the Checkout simulation)';
  return null;
}

export async function checkLocalBackend(env: ServerEnv): Promise<RuleResult> {
  const why = proofNeeded(env);
  if (!why) return pass(RULE, 'not needed: neither test payments nor the Checkout simulation is on');
  const urls = [...new Set([env.CTP_API_URL, env.CTP_AUTH_URL])];
  // Never challenge a non-loopback host (check:env runs this rule even when test-payments failed).
  if (!urls.every(isLoopbackUrl)) {
    return fail(RULE, `${why}, but CTP_API_URL or CTP_AUTH_URL is not a loopback address, so it cannot be the local backend (not asked). Fix: see the test-payments rule.`);
  }
  const answers = await Promise.all(urls.map((url) => probe(url, env)));
  const problems = answers.filter((a): a is string => typeof a === 'string');
  const instances = new Set(answers.flatMap((a) => (typeof a === 'string' ? [] : [a.instance])));
  if (problems.length === 0 && instances.size > 1) problems.push('CTP_API_URL and CTP_AUTH_URL are two different backends');
  if (problems.length === 0) return pass(RULE, `the backend proved it is the local backend holding this client (${why} allowed)`);
  return fail(
    RULE,
    `${why}, but the backend did not prove it is the local one: ${problems.join('; ')}. A loopback port can be a tunnel to a real project, where test payments hand out free orders, ` +
      'or another program, whose checkout script would run in the shop\'s pages. ' +
      'Fix: unset PAYMENT_PROVIDER (or set it to none), or point CTP_API_URL and CTP_AUTH_URL at the local backend (`npm run backend`) with its storefront client.',
  );
}

/**
 * The rule's verdict for this process, computed once: the boot checks' result when they ran in this
 * process (next start, instrumentation), otherwise (a runtime that skipped them) a check of its own.
 */
export function localBackendVerdict(env: ServerEnv): Promise<RuleResult> {
  return processSingleton('security.localBackendProof', async () => {
    const boot = existingProcessSingleton<Promise<RuleResult[]>>('security.bootChecks');
    const fromBoot = boot ? (await boot.catch(() => [])).find((r) => r.rule === RULE) : undefined;
    return fromBoot ?? checkLocalBackend(env);
  });
}
