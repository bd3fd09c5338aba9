// The shared-state rule (docs/boot-refusal.md): session revocations, rate limits and the webhook
// replay guard must be shared by every instance that serves the shop, or a sign-out holds on one
// instance only and a restart forgets it. Redis (REDIS_URL) shares them; process memory is allowed
// only where exactly one process can exist: `next dev`/tests, or a production run that opted in with
// SHARED_STATE=memory and neither runs on Vercel/Netlify nor declares more than one instance.
//
// Every signal can only add refusal: a platform marker or an instance count copied into a `.env`
// file refuses memory; none of them can allow it. Env files never override a variable the platform
// set itself (Next and check:env both load them without overriding), so they cannot hide a marker.
import { deploymentShape, serverEnvSchema, type EnvSource } from '../env';
import { fail, pass, type RuleResult } from './rule-result';

const RULE = 'shared-state';
const WHAT = 'session revocations, rate limits and the webhook replay guard';
const REDIS_FIX = 'set REDIS_URL to a Redis every instance reaches (redis:// or rediss://)';

const signals = serverEnvSchema.pick({
  REDIS_URL: true,
  SHARED_STATE: true,
  INSTANCE_COUNT: true,
  WEB_CONCURRENCY: true,
  VERCEL: true,
  NETLIFY: true,
  NODE_ENV: true,
});

export function checkSharedState(env: EnvSource): RuleResult {
  const parsed = signals.safeParse(env);
  if (!parsed.success) {
    // Unreadable signals are no evidence of a single instance: fail closed (the env rule names them).
    return fail(RULE, `cannot tell whether ${WHAT} are shared: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}. Fix: correct these variables.`);
  }
  const config = parsed.data;
  if (config.REDIS_URL) {
    return pass(RULE, `${WHAT} are shared through REDIS_URL${config.SHARED_STATE ? ' (SHARED_STATE=memory is ignored while REDIS_URL is set)' : ''}`);
  }
  const { platform, declaredInstances } = deploymentShape(config);
  if (platform) {
    return fail(
      RULE,
      `running on ${platform} (${platform === 'Vercel' ? 'VERCEL' : 'NETLIFY'} is set) without REDIS_URL: every instance would keep its own ${WHAT}, ` +
        `so a sign-out or a rate limit would hold on one instance only. SHARED_STATE=memory cannot allow this: instances there are never single. Fix: ${REDIS_FIX}.`,
    );
  }
  const production = config.NODE_ENV === 'production';
  if (production && declaredInstances > 1) {
    return fail(
      RULE,
      `${declaredInstances} instances declared (INSTANCE_COUNT/WEB_CONCURRENCY) without REDIS_URL: each would keep its own ${WHAT}. ` +
        `SHARED_STATE=memory is for a single instance only. Fix: ${REDIS_FIX}, or run one instance.`,
    );
  }
  if (!production) return pass(RULE, `${WHAT} are kept in this process's memory (${config.NODE_ENV}: one process)`);
  if (config.SHARED_STATE === 'memory') {
    return pass(
      RULE,
      `SHARED_STATE=memory: single instance only. ${WHAT} are kept in this process's memory; a restart forgets every sign-out, and a second instance would not see them`,
    );
  }
  return fail(
    RULE,
    `production without REDIS_URL: ${WHAT} would live in process memory, where a restart forgets every sign-out and a second instance sees none of them. ` +
      `Fix: ${REDIS_FIX}; or, for exactly one self-hosted instance, opt in with SHARED_STATE=memory.`,
  );
}
