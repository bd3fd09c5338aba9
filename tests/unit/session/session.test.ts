import { afterEach, describe, expect, it, vi } from 'vitest';

const SECRET_A = 'first-session-secret-aaaaaaaaaaaaaaaaaaaaaaaa';
const SECRET_B = 'second-session-secret-bbbbbbbbbbbbbbbbbbbbbbb';

const BASE_ENV = {
  CTP_PROJECT_KEY: 'demo-store',
  CTP_CLIENT_ID: 'storefront-local',
  CTP_CLIENT_SECRET: 'unit-test-client-secret',
  CTP_AUTH_URL: 'http://127.0.0.1:8989',
  CTP_API_URL: 'http://127.0.0.1:8989',
  SITE_URL: 'https://shop.example.com',
};

/** Loads the session module fresh under the given env (the env parser caches per module instance). */
async function sessionModule(env: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries({ ...BASE_ENV, SESSION_SECRET_PREVIOUS: undefined, ...env })) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  return import('@/lib/session');
}

function cookiePair(setCookie: string): string {
  return setCookie.split(';', 1)[0]!;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('session cookie', () => {
  it('round-trips the session through an encrypted seal that hides its contents', async () => {
    const { sessionSetCookie, readSession } = await sessionModule({ SESSION_SECRET: SECRET_A });
    const header = await sessionSetCookie({ sid: 'sid-1', cartId: 'cart-123', cartVersion: 3 });
    expect(header).not.toContain('cart-123');
    const read = await readSession(cookiePair(header));
    expect(read).toEqual({ data: { sid: 'sid-1', cartId: 'cart-123', cartVersion: 3, exp: expect.any(Number) }, discarded: false });
  });

  it('uses __Host-, Secure, HttpOnly, SameSite=Lax and Path=/ in production', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const { sessionSetCookie } = await sessionModule({ SESSION_SECRET: SECRET_A });
    const header = await sessionSetCookie({ sid: 'sid-1' });
    expect(header.startsWith('__Host-session=')).toBe(true);
    const attributes = header.split('; ').slice(1);
    expect(attributes).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Lax', 'Secure']));
    expect(attributes.some((a) => a.startsWith('Domain'))).toBe(false);
  });

  it('starts fresh (and asks to delete the cookie) when the seal was tampered with', async () => {
    const { sessionSetCookie, readSession, SessionHandle } = await sessionModule({ SESSION_SECRET: SECRET_A });
    const pair = cookiePair(await sessionSetCookie({ sid: 'sid-1', customerId: 'c-1', authAt: Date.now() }));
    const tampered = pair.slice(0, -4) + (pair.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await readSession(tampered)).toEqual({ data: null, discarded: true });
    // Logged by reason only: nothing of the cookie reaches the log.
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"reason":"invalid"'));
    expect(String(warn.mock.calls[0]?.[0])).not.toContain(pair.slice(10, 40));
    const handle = new SessionHandle(tampered);
    expect(await handle.current()).toBeNull();
    expect(await handle.setCookieHeader()).toMatch(/^session=; Path=\/; Max-Age=0/);
    warn.mockRestore();
  });

  it('rejects a sealed value that does not match the session schema', async () => {
    const { readSession } = await sessionModule({ SESSION_SECRET: SECRET_A });
    const { sealData } = await import('iron-session');
    const { passwordId } = await import('@/lib/session/config');
    const seal = await sealData({ sid: 's', price: 1 }, { password: { [passwordId(SECRET_A)]: SECRET_A } });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await readSession(`session=${seal}`)).toEqual({ data: null, discarded: true });
  });

  it('rotates secrets: SESSION_SECRET_PREVIOUS still unseals, new seals use SESSION_SECRET', async () => {
    const oldModule = await sessionModule({ SESSION_SECRET: SECRET_A });
    const oldCookie = cookiePair(await oldModule.sessionSetCookie({ sid: 'sid-old' }));

    const rotated = await sessionModule({ SESSION_SECRET: SECRET_B, SESSION_SECRET_PREVIOUS: SECRET_A });
    expect((await rotated.readSession(oldCookie)).data).toEqual({ sid: 'sid-old', exp: expect.any(Number) });
    const newCookie = cookiePair(await rotated.sessionSetCookie({ sid: 'sid-new' }));

    // Only the new secret: the new seal opens, the old one no longer does.
    const onlyNew = await sessionModule({ SESSION_SECRET: SECRET_B });
    expect((await onlyNew.readSession(newCookie)).data).toEqual({ sid: 'sid-new', exp: expect.any(Number) });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect((await onlyNew.readSession(oldCookie)).data).toBeNull();
  });

  it('writes a cookie only when a handler changed the session', async () => {
    const { SessionHandle } = await sessionModule({ SESSION_SECRET: SECRET_A });
    const untouched = new SessionHandle(null);
    expect(await untouched.current()).toBeNull();
    expect(await untouched.setCookieHeader()).toBeNull();

    const changed = new SessionHandle(null);
    await changed.update({ market: 'de-de' });
    expect(await changed.setCookieHeader()).toMatch(/^session=Fe26/);
  });

  it('gives a new session id on rotate, keeping only what is passed', async () => {
    const { SessionHandle, sessionSetCookie } = await sessionModule({ SESSION_SECRET: SECRET_A });
    const handle = new SessionHandle(cookiePair(await sessionSetCookie({ sid: 'sid-1', cartId: 'cart-1', anonymousId: 'a' })));
    const before = await handle.current();
    const after = handle.rotate({ cartId: before?.cartId });
    expect(after.sid).not.toBe('sid-1');
    expect(after).toEqual({ sid: after.sid, cartId: 'cart-1' });
  });
});
