// The authorization server's view of storefront customers: the local commercetools backend, reached
// over plain HTTP with an API client of the AS's own (manage_customers only), never the storefront's.
import { createHash, timingSafeEqual } from 'node:crypto';

export type CommercetoolsRef = { url: string; projectKey: string; clientId: string; clientSecret: string };

export class CustomerDirectory {
  private token: { value: string; expiresAt: number } | undefined;

  constructor(private readonly ct: CommercetoolsRef) {}

  private async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now() + 60_000) return this.token.value;
    const response = await fetch(`${this.ct.url}/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${this.ct.clientId}:${this.ct.clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    const body = (await response.json().catch(() => ({}))) as { access_token?: string; expires_in?: number };
    if (!response.ok || !body.access_token) throw new Error(`agent AS: commercetools token request answered ${response.status}`);
    this.token = { value: body.access_token, expiresAt: Date.now() + (body.expires_in ?? 3600) * 1000 };
    return this.token.value;
  }

  private async call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.ct.url}/${this.ct.projectKey}${path}`, {
      method,
      headers: { authorization: `Bearer ${await this.accessToken()}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  }

  /** The customer id for valid credentials, undefined for wrong ones (commercetools' InvalidCredentials). */
  async signIn(email: string, password: string): Promise<string | undefined> {
    const answer = await this.call('POST', '/login', { email, password });
    if (answer.status === 400 || answer.status === 401) return undefined;
    const id = (answer.body as { customer?: { id?: string } } | null)?.customer?.id;
    if (answer.status !== 200 || !id) throw new Error(`agent AS: commercetools sign-in answered ${answer.status}`);
    return id;
  }

  /** Dev-only lookup (the agent:token command): the customer id for an email, or undefined. */
  async idByEmail(email: string): Promise<string | undefined> {
    const where = encodeURIComponent(`lowercaseEmail="${email.trim().toLowerCase().replace(/["\\]/g, '')}"`);
    const answer = await this.call('GET', `/customers?where=${where}&limit=1`);
    if (answer.status !== 200) throw new Error(`agent AS: commercetools customer query answered ${answer.status}`);
    return (answer.body as { results?: { id: string }[] }).results?.[0]?.id;
  }
}

/** Constant-time secret comparison (hashing first so lengths never leak either). */
export function secretsMatch(given: string, expected: string): boolean {
  return timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(expected).digest());
}
