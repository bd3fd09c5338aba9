// The Idempotency-Key of "Place order". One key per attempt: a retry of the same attempt (the answer
// never arrived, or the server could not say what happened) sends the same key, so the server
// returns the order it may already have created instead of creating a second one. An attempt the
// server settled (declined, cart changed, information missing) is over: the next click is a new
// attempt with a new key.

/** Statuses after which the outcome of the attempt is unknown (or it surely did not run). */
export function keepsAttemptOpen(status: number): boolean {
  return status === 0 || status === 429 || status === 500 || status === 502 || status === 503 || status === 504 || (status >= 200 && status < 300);
}

export class OrderAttempt {
  private key: string | null = null;

  constructor(private readonly newKey: () => string) {}

  /** The key for the next request: the open attempt's, or a new attempt's. */
  current(): string {
    this.key ??= this.newKey();
    return this.key;
  }

  /** Records the answer to a request sent with `current()`. */
  settle(status: number): void {
    if (!keepsAttemptOpen(status)) this.key = null;
  }

  /** The shopper changed what the order is made of (details, shipping, cart): a new attempt. */
  reset(): void {
    this.key = null;
  }

  get open(): boolean {
    return this.key !== null;
  }
}

/** crypto.randomUUID where available (secure contexts); a random v4-shaped fallback otherwise. */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
