// Access tokens the local auth server has issued. Tokens are random opaque strings (like the real
// API's), valid for a fixed lifetime, and remember which client and scopes they were granted for.
import { randomBytes } from 'node:crypto';

/** A scope as granted: `name` for project `projectKey` (the `name:projectKey` form). */
export type GrantedScope = { name: string; projectKey: string };

export type IssuedToken = {
  value: string;
  clientId: string;
  scopes: GrantedScope[];
  /** Epoch milliseconds. */
  expiresAt: number;
};

export function formatScope(scope: GrantedScope): string {
  return `${scope.name}:${scope.projectKey}`;
}

export class TokenStore {
  private readonly tokens = new Map<string, IssuedToken>();

  constructor(
    readonly ttlSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  issue(clientId: string, scopes: GrantedScope[]): IssuedToken {
    this.dropExpired();
    // 32 random bytes, URL-safe: opaque, unguessable, nothing to decode.
    const value = randomBytes(32).toString('base64url');
    const token: IssuedToken = { value, clientId, scopes, expiresAt: this.now() + this.ttlSeconds * 1000 };
    this.tokens.set(value, token);
    return token;
  }

  /** The token if it was issued here and has not expired. */
  lookup(value: string): IssuedToken | undefined {
    const token = this.tokens.get(value);
    if (!token) return undefined;
    if (token.expiresAt <= this.now()) {
      this.tokens.delete(value);
      return undefined;
    }
    return token;
  }

  private dropExpired(): void {
    const now = this.now();
    for (const [value, token] of this.tokens) if (token.expiresAt <= now) this.tokens.delete(value);
  }
}

export type BackendStats = {
  tokenRequests: number;
  tokenRequestsByClient: Record<string, number>;
  /** Authenticated API calls per client: how benchmarks count the storefront's upstream requests. */
  apiRequestsByClient: Record<string, number>;
};

/** Counts token requests (every POST /oauth/token, granted or not) and authenticated API calls. */
export class TokenRequestStats {
  private total = 0;
  private readonly byClient = new Map<string, number>();
  private readonly apiByClient = new Map<string, number>();

  record(clientId: string | undefined): void {
    this.total += 1;
    const key = clientId ?? '(no client)';
    this.byClient.set(key, (this.byClient.get(key) ?? 0) + 1);
  }

  recordApiCall(clientId: string): void {
    this.apiByClient.set(clientId, (this.apiByClient.get(clientId) ?? 0) + 1);
  }

  snapshot(): BackendStats {
    return {
      tokenRequests: this.total,
      tokenRequestsByClient: Object.fromEntries(this.byClient),
      apiRequestsByClient: Object.fromEntries(this.apiByClient),
    };
  }
}
