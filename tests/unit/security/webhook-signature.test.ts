import { describe, expect, it } from 'vitest';
import { MemoryOnceStore, SignatureReplayGuard } from '@/lib/security/replay-guard';
import { REPLAY_WINDOW_SECONDS, signPayload, verifySignature } from '@/lib/security/webhook-signature';

const SECRET = 'revalidate-secret-0123456789abcdef0123';
const NOW = 1_800_000_000;
const body = '{"tags":["catalog"]}';

function verify(overrides: Partial<{ timestampHeader: string | null; signatureHeader: string | null; rawBody: string; secret: string }> = {}, guard = new SignatureReplayGuard(new MemoryOnceStore()), now = NOW) {
  return verifySignature(
    { secret: SECRET, timestampHeader: String(NOW), signatureHeader: signPayload(SECRET, NOW, body), rawBody: body, ...overrides },
    guard,
    now,
  );
}

describe('webhook signatures', async () => {
  it('accepts a correctly signed, fresh request once', async () => {
    const guard = new SignatureReplayGuard(new MemoryOnceStore());
    expect(await verify({}, guard)).toEqual({ ok: true });
    expect(await verify({}, guard)).toEqual({ ok: false, reason: 'replayed' });
  });

  it('refuses a signature made with another secret or over another body', async () => {
    expect(await verify({ signatureHeader: signPayload('another-secret-000000000000000000000', NOW, body) })).toEqual({ ok: false, reason: 'mismatch' });
    expect(await verify({ rawBody: '{"tags":["catalog:products"]}' })).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('binds the timestamp into the signature', async () => {
    expect(await verify({ timestampHeader: String(NOW + 1) })).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('refuses timestamps outside the replay window, either side', async () => {
    const old = NOW - REPLAY_WINDOW_SECONDS - 1;
    expect(await verify({ timestampHeader: String(old), signatureHeader: signPayload(SECRET, old, body) })).toEqual({ ok: false, reason: 'stale' });
    const future = NOW + REPLAY_WINDOW_SECONDS + 1;
    expect(await verify({ timestampHeader: String(future), signatureHeader: signPayload(SECRET, future, body) })).toEqual({ ok: false, reason: 'stale' });
  });

  it('refuses missing and malformed headers', async () => {
    expect(await verify({ signatureHeader: null })).toEqual({ ok: false, reason: 'missing' });
    expect(await verify({ timestampHeader: null })).toEqual({ ok: false, reason: 'missing' });
    expect(await verify({ signatureHeader: 'sha1=abc' })).toEqual({ ok: false, reason: 'malformed' });
    expect(await verify({ timestampHeader: '1e9' })).toEqual({ ok: false, reason: 'malformed' });
  });

  it('forgets accepted signatures once they could no longer pass the window anyway (either side of the timestamp)', async () => {
    const guard = new SignatureReplayGuard(new MemoryOnceStore());
    expect(await guard.accept('sig', NOW)).toBe(true);
    expect(await guard.accept('sig', NOW + 10)).toBe(false);
    // A timestamp up to one window ahead passes for two windows: remembered that long, like in Redis.
    expect(await guard.accept('sig', NOW + REPLAY_WINDOW_SECONDS + 1)).toBe(false);
    expect(await guard.accept('sig', NOW + 2 * REPLAY_WINDOW_SECONDS + 1)).toBe(true);
  });
});
