// Client-credentials tokens for the storefront's API client. One token per process, shared by
// every caller, refreshed shortly before it expires; concurrent callers wait on one in-flight
// request instead of stampeding the auth server.
//
// No `server-only` import here on purpose: the boot guard (instrumentation, plain Node) uses
// `requestClientCredentialsToken` too. The credential itself only ever arrives as an argument.
import { processSingleton } from '../process-singleton';
import { raiseScopeAlarm } from '../security/scope-alarm';
import { parseScopeList, scopeViolations } from '../security/scopes';

export type TokenRequestConfig = {
  authUrl: string;
  clientId: string;
  clientSecret: string;
  /** Scopes to ask for; omitted = the client's granted scopes (what the boot check wants). */
  scopes?: string[];
};

export type AccessToken = {
  value: string;
  /** Granted scopes as the auth server returned them (`name:projectKey`). */
  scopes: string[];
  /** Epoch milliseconds. */
  expiresAt: number;
};

/** `forbidden_scope`: we refused the answer ourselves, since the client holds a scope outside the allowlist. */
export type TokenErrorKind = 'invalid_client' | 'invalid_scope' | 'rejected' | 'unavailable' | 'forbidden_scope';

export class TokenRequestError extends Error {
  constructor(
    public readonly kind: TokenErrorKind,
    public readonly status: number | undefined,
    message: string,
    /** For forbidden_scope: every scope the client is granted. */
    public readonly grantedScopes: string[] = [],
  ) {
    super(message);
    this.name = 'TokenRequestError';
  }
}

const TOKEN_TIMEOUT_MS = 5_000;

/** One token request (client credentials flow). Never retried here: callers decide. */
export async function requestClientCredentialsToken(
  config: TokenRequestConfig,
  fetchImpl: typeof fetch = fetch,
): Promise<AccessToken> {
  const body = new URLSearchParams({ grant_type: 'client_credentials' });
  if (config.scopes?.length) body.set('scope', config.scopes.join(' '));
  const basic = Buffer.from(`${config.clientId}:${config.clientSecret}`).toString('base64');

  let response: Response;
  try {
    response = await fetchImpl(`${config.authUrl}/oauth/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body,
      signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS),
      cache: 'no-store',
    });
  } catch {
    throw new TokenRequestError('unavailable', undefined, 'the auth server could not be reached');
  }

  const payload = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok) {
    const code = typeof payload?.error === 'string' ? payload.error : undefined;
    if (code === 'invalid_client' || response.status === 401) {
      throw new TokenRequestError('invalid_client', response.status, 'the auth server rejected the client credentials');
    }
    if (code === 'invalid_scope') {
      throw new TokenRequestError('invalid_scope', response.status, 'the auth server refused the requested scopes');
    }
    const kind = response.status >= 500 ? 'unavailable' : 'rejected';
    throw new TokenRequestError(kind, response.status, `the auth server answered ${response.status}`);
  }

  const value = payload?.access_token;
  const expiresIn = payload?.expires_in;
  if (typeof value !== 'string' || typeof expiresIn !== 'number') {
    throw new TokenRequestError('unavailable', response.status, 'the auth server sent a malformed token response');
  }
  return {
    value,
    scopes: parseScopeList(typeof payload?.scope === 'string' ? payload.scope : undefined),
    expiresAt: Date.now() + expiresIn * 1000,
  };
}

/** Refresh this long before expiry so no request goes out with a token about to lapse. */
const REFRESH_MARGIN_MS = 5 * 60_000;

export class TokenProvider {
  private current: AccessToken | undefined;
  private inFlight: Promise<AccessToken> | undefined;
  /** Set once the client was seen holding a forbidden scope: nothing of it is used again. */
  private refused: TokenRequestError | undefined;
  /** How many token requests this provider made (figures for benchmarks and the e2e note). */
  requests = 0;

  constructor(
    private readonly config: TokenRequestConfig,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  /** A valid token; at most one request in flight whatever the number of callers. */
  async get(): Promise<AccessToken> {
    if (this.refused) throw this.refused;
    if (this.current && this.current.expiresAt - REFRESH_MARGIN_MS > Date.now()) return this.current;
    this.inFlight ??= this.fetchNew().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /** Drops a token the API refused (revoked, or expired early) so the next call fetches anew. */
  invalidate(token: AccessToken): void {
    if (this.current === token) this.current = undefined;
  }

  /** Hands over a token obtained elsewhere in this process (the boot check) to save a request. */
  prime(token: AccessToken): void {
    if (!this.current || token.expiresAt > this.current.expiresAt) this.current = token;
  }

  /**
   * Every new token is checked against the scope allowlist before anything uses it: a client can be
   * granted more after boot. The answer lists what the client holds only when no scope was asked
   * for; otherwise a second, scope-less request shows the whole grant (and its token is dropped).
   */
  private async fetchNew(): Promise<AccessToken> {
    this.requests += 1;
    const token = await requestClientCredentialsToken(this.config, this.fetchImpl);
    const granted = this.config.scopes?.length
      ? (await requestClientCredentialsToken({ ...this.config, scopes: undefined }, this.fetchImpl)).scopes
      : token.scopes;
    const violations = scopeViolations(granted);
    if (violations.length > 0) {
      this.current = undefined;
      this.refused = new TokenRequestError(
        'forbidden_scope',
        undefined,
        `client ${this.config.clientId} is granted scopes outside the storefront allowlist: ${violations.map((v) => v.scope).join(' ')}`,
        granted,
      );
      raiseScopeAlarm(this.config.clientId, violations);
      throw this.refused;
    }
    this.current = token;
    return token;
  }
}

// Next bundles instrumentation and each route separately, so module state is not shared between
// them; the process-wide provider lives on globalThis instead. The boot check's token (requested
// without a scope parameter, like every storefront token when CTP_SCOPES is unset) is therefore
// the same token the first Route Handler uses: one token request per process lifetime.

export function sharedTokenProvider(config: TokenRequestConfig): TokenProvider {
  const registry = processSingleton('commercetools.tokenProviders', () => new Map<string, TokenProvider>());
  const key = JSON.stringify([config.authUrl, config.clientId, config.scopes ?? []]);
  let provider = registry.get(key);
  if (!provider) {
    provider = new TokenProvider(config);
    registry.set(key, provider);
  }
  return provider;
}
