// Signed server-to-server requests (cache revalidation). The caller sends
//   X-Timestamp: <unix seconds>
//   X-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>" with the shared secret>
// We accept a timestamp within the replay window, compare signatures in constant time, and accept
// each signature once, so a captured request cannot be replayed.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const REPLAY_WINDOW_SECONDS = 300;

export type SignatureVerdict = { ok: true } | { ok: false; reason: 'missing' | 'malformed' | 'stale' | 'mismatch' | 'replayed' };

export function signPayload(secret: string, timestamp: number, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;
}

/** Signatures already accepted (./replay-guard.ts: process memory or Redis). */
export interface ReplayGuard {
  /** True the first time a signature is offered within its window. */
  accept(signature: string, nowSeconds: number): Promise<boolean>;
}

export async function verifySignature(
  input: { secret: string; timestampHeader: string | null; signatureHeader: string | null; rawBody: string },
  replay: ReplayGuard,
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<SignatureVerdict> {
  const { timestampHeader, signatureHeader } = input;
  if (!timestampHeader || !signatureHeader) return { ok: false, reason: 'missing' };
  if (!/^\d{1,12}$/.test(timestampHeader) || !/^sha256=[0-9a-f]{64}$/.test(signatureHeader)) {
    return { ok: false, reason: 'malformed' };
  }
  const timestamp = Number(timestampHeader);
  if (Math.abs(nowSeconds - timestamp) > REPLAY_WINDOW_SECONDS) return { ok: false, reason: 'stale' };
  const expected = Buffer.from(signPayload(input.secret, timestamp, input.rawBody));
  const offered = Buffer.from(signatureHeader);
  if (expected.length !== offered.length || !timingSafeEqual(expected, offered)) return { ok: false, reason: 'mismatch' };
  // Last: only a valid signature may take its place in the guard.
  if (!(await replay.accept(signatureHeader, nowSeconds))) return { ok: false, reason: 'replayed' };
  return { ok: true };
}
