// Upstream trouble reaches the browser as a generic error in the error format of docs/api.md: no upstream
// text, no stack, and the session is left as it was.
import { describe, expect, it, vi } from 'vitest';
import { withEnv } from '../../harness/fresh-modules';
import { apiRequest, routeContext } from '../../harness/requests';

describe('upstream failures', () => {
  it('answers 503 with a generic message when commercetools is unreachable', async () => {
    const { GET, sessionSetCookie } = await withEnv(
      { CTP_AUTH_URL: 'http://127.0.0.1:9', CTP_API_URL: 'http://127.0.0.1:9' },
      async () => ({ ...(await import('@/app/api/session/route')), ...(await import('@/lib/session')) }),
    );
    const cookie = (await sessionSetCookie({ sid: 's-1', anonymousId: 'anon-1', cartId: 'cart-1', cartVersion: 1 })).split(';')[0];
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await GET(apiRequest('/api/session', { cookie }), routeContext());
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toEqual({
      error: {
        code: 'upstream_unavailable',
        reason: 'upstream_unavailable',
        message: 'The commerce service is unavailable. Try again shortly.',
        requestId: response.headers.get('x-request-id'),
      },
    });
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('forgets a cart the session does not own instead of exposing it', async () => {
    const { GET, sessionSetCookie } = await withEnv({}, async () => ({
      ...(await import('@/app/api/session/route')),
      ...(await import('@/lib/session')),
    }));
    const cookie = (await sessionSetCookie({ sid: 's-2', anonymousId: 'anon-2', cartId: '00000000-0000-4000-8000-00000000beef' })).split(';')[0];
    const response = await GET(apiRequest('/api/session', { cookie }), routeContext());
    expect(response.status).toBe(200);
    expect((await response.json()).cart).toBeNull();
    expect(response.headers.get('set-cookie')).toMatch(/^session=Fe26/);
  });
});
