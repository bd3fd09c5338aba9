// The one env parser. Everything server-side reads configuration through `serverEnv()`; nothing else
// touches process.env for these names. It is deliberately free of `server-only` so next.config.ts
// and the preflight script (plain Node) can run the same parsing.
import { z } from 'zod';

/** The placeholder `.env.example` ships; a deployment that still uses it is refused. */
export const SESSION_SECRET_PLACEHOLDER = 'replace-me-with-openssl-rand-base64-48-output-xxxxxxxx';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v));

const httpUrl = z
  .string({ error: 'is required' })
  .min(1, 'is required')
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }));

const instanceCount = optionalString.pipe(z.string().regex(/^[1-9]\d{0,5}$/, 'must be a whole number of instances (1 or more)').optional());

export const serverEnvSchema = z.object({
  CTP_PROJECT_KEY: z.string({ error: 'is required' }).min(1, 'is required'),
  CTP_CLIENT_ID: z.string({ error: 'is required' }).min(1, 'is required'),
  CTP_CLIENT_SECRET: z.string({ error: 'is required' }).min(1, 'is required'),
  CTP_AUTH_URL: httpUrl.transform((u) => u.replace(/\/+$/, '')),
  CTP_API_URL: httpUrl.transform((u) => u.replace(/\/+$/, '')),
  /** Scopes to request, space-separated; when absent the client's granted scopes are used. */
  CTP_SCOPES: optionalString,
  SESSION_SECRET: z.string({ error: 'is required' }).min(1, 'is required'),
  SESSION_SECRET_PREVIOUS: optionalString,
  REDIS_URL: optionalString.pipe(z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional()),
  /** Outgoing mail (password reset, order confirmation), `smtp://` or `smtps://`; mail is off without it. */
  SMTP_URL: optionalString.pipe(z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional()),
  /** The sender of every mail, e.g. `Shop <shop@example.com>`; defaults to no-reply at SITE_URL's host. */
  MAIL_FROM: optionalString,
  /** `memory`: single-instance self-hosting keeps revocations, limits and replays in process memory. */
  SHARED_STATE: optionalString.pipe(z.enum(['memory'], { error: 'must be "memory" or unset' }).optional()),
  /** How many instances serve this deployment (ours); WEB_CONCURRENCY is the Heroku/Render convention. */
  INSTANCE_COUNT: instanceCount,
  WEB_CONCURRENCY: instanceCount,
  /** Platform markers, set by Vercel (`1`) and Netlify (`true`) themselves. */
  VERCEL: optionalString,
  NETLIFY: optionalString,
  /** Shared secret for signed cache revalidation requests; the endpoint is off without it. */
  REVALIDATE_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  /** `commercetools-checkout` in production (lib/payment), `test` on the local backend only, `none`. */
  PAYMENT_PROVIDER: optionalString.pipe(z.enum(['commercetools-checkout', 'test', 'none']).default('none')),
  /** The commercetools Checkout application's key (Merchant Center > Checkout); with that provider only. */
  CTP_CHECKOUT_APPLICATION_KEY: optionalString,
  /** Which proxy may name the client's address (lib/security/trusted-proxy.ts); unset: the platform's. */
  TRUSTED_PROXY: optionalString.pipe(
    z.string().regex(/^(none|vercel|netlify|cloudflare|[1-9])$/, 'must be none, vercel, netlify, cloudflare or a number of proxy hops (1-9)').optional(),
  ),
  /**
   * The agent front door (docs/agents.md): the OAuth authorization server whose JWT access tokens
   * agents present (metadata per RFC 8414 at {issuer}/.well-known/oauth-authorization-server, or
   * openid-configuration); the agent API is off without it.
   */
  AGENT_OAUTH_ISSUER: optionalString.pipe(httpUrl.transform((u) => u.replace(/\/+$/, '')).optional()),
  /** This resource server's identifier, the tokens' audience; default `${SITE_URL}/api/mcp`. */
  AGENT_RESOURCE: optionalString.pipe(httpUrl.optional()),
  /** `on` registers the agent write tools (checkout); read-only (`off`) by default. */
  AGENT_WRITES: optionalString.pipe(z.enum(['on', 'off'], { error: 'must be "on" or "off"' }).default('off')),
  /** Our client at the authorization server for token introspection (RFC 7662) and grant revocation. */
  AGENT_INTROSPECTION_CLIENT_ID: optionalString,
  AGENT_INTROSPECTION_CLIENT_SECRET: optionalString,
  /**
   * `off` renders every catalog page per request (nonce CSP) instead of answering home, category and
   * product pages from the shared HTML cache (docs/adr/0012-cacheable-catalog-html-with-hashed-scripts.md).
   */
  CATALOG_PAGE_CACHE: optionalString.pipe(z.enum(['on', 'off'], { error: 'must be "on" or "off"' }).default('on')),
  /**
   * Where the HTML cache asks for a fresh render of a page: this deployment's own origin. Default
   * SITE_URL; set it where SITE_URL is not this deployment (a preview deployment's own URL).
   */
  PAGE_RENDER_ORIGIN: optionalString.pipe(httpUrl.transform((u) => new URL(u).origin).optional()),
  /** The public origin of the storefront; required in production for the same-origin check. */
  SITE_URL: optionalString.pipe(httpUrl.transform((u) => new URL(u).origin).optional()),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type ServerEnv = z.output<typeof serverEnvSchema>;

export type EnvSource = Record<string, string | undefined>;

export class EnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/** Parses an env record; every problem names its variable. */
export function parseServerEnv(source: EnvSource): ServerEnv {
  const result = serverEnvSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((i) => `${i.path.join('.') || 'env'} ${i.message}`));
  }
  const env = result.data;
  if (env.NODE_ENV === 'production' && !env.SITE_URL) {
    throw new EnvError(['SITE_URL is required in production (the public origin, e.g. https://shop.example.com)']);
  }
  return env;
}

let cached: ServerEnv | undefined;

/** The process's configuration, parsed once. */
export function serverEnv(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}

/** True when a URL points at this machine (the local commercetools backend). */
export function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Where this process runs, as far as shared state is concerned. Any non-empty platform marker
 * counts (refusal is the safe direction); the instance count is the highest one declared.
 */
export function deploymentShape(env: Pick<ServerEnv, 'VERCEL' | 'NETLIFY' | 'INSTANCE_COUNT' | 'WEB_CONCURRENCY'>): {
  platform: 'Vercel' | 'Netlify' | undefined;
  declaredInstances: number;
} {
  const platform = env.VERCEL ? 'Vercel' : env.NETLIFY ? 'Netlify' : undefined;
  const declaredInstances = Math.max(1, Number(env.INSTANCE_COUNT ?? 1), Number(env.WEB_CONCURRENCY ?? 1));
  return { platform, declaredInstances };
}
