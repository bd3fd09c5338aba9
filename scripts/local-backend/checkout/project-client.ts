// The Checkout simulation's way into the commercetools API of this backend: plain HTTP with a
// client-credentials token of its own client (CHECKOUT_SIMULATION_CLIENT), exactly as commercetools
// Checkout reaches a project with credentials of its own. Nothing here is shortcut through the mock.
import type { LocalApiClient } from '../clients';

export type ApiAnswer<T> = { status: number; body: T };

export class ProjectClient {
  private token: { value: string; expiresAt: number } | undefined;
  private baseUrl = '';

  constructor(
    private readonly projectKey: string,
    private readonly client: LocalApiClient,
  ) {}

  /** The backend's own URL, known once it listens. */
  listeningAt(url: string): void {
    this.baseUrl = url;
  }

  private async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now() + 60_000) return this.token.value;
    const response = await fetch(`${this.baseUrl}/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${this.client.id}:${this.client.secret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    const body = (await response.json()) as { access_token?: string; expires_in?: number };
    if (!response.ok || !body.access_token) throw new Error(`checkout simulation: token request answered ${response.status}`);
    this.token = { value: body.access_token, expiresAt: Date.now() + (body.expires_in ?? 3600) * 1000 };
    return this.token.value;
  }

  async call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<ApiAnswer<T>> {
    const response = await fetch(`${this.baseUrl}/${this.projectKey}${path}`, {
      method,
      headers: { authorization: `Bearer ${await this.accessToken()}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json().catch(() => null)) as T };
  }
}
