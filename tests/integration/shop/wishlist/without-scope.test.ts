// A shop whose API client is not granted manage_shopping_lists (an optional scope): the wishlist is
// off, clearly. GET answers `enabled: false` (the UI hides the hearts), changes answer 404
// feature_unavailable / wishlist_unavailable, and sign-in still works.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalBackend } from '@/scripts/local-backend';
import { SEED_ADMIN_CLIENT } from '@/scripts/local-backend/clients';
import { startStorefrontBackend } from '@/scripts/storefront-backend';
import { DEFAULT_STOREFRONT_SCOPES } from '@/lib/security/scopes';
import { DEMO_CUSTOMER } from '../../../../scripts/local-backend/seed/demo-catalog';
import { withEnv } from '../../../harness/fresh-modules';
import { Shopper, expectStatus } from '../cart/support';
import { getWishlist, removeItem, saveItem, type WishlistRoutes } from './support';

const NO_LISTS = { id: 'storefront-no-lists', secret: 'local-only-no-lists-secret-00000000000', scopes: [...DEFAULT_STOREFRONT_SCOPES] };

let backend: LocalBackend;
let routes: WishlistRoutes;
let login: typeof import('@/app/api/auth/login/route');

beforeAll(async () => {
  backend = await startStorefrontBackend({ port: 0, clients: [NO_LISTS, SEED_ADMIN_CLIENT] });
  const env = {
    CTP_PROJECT_KEY: backend.projectKey,
    CTP_CLIENT_ID: NO_LISTS.id,
    CTP_CLIENT_SECRET: NO_LISTS.secret,
    CTP_AUTH_URL: backend.url,
    CTP_API_URL: backend.url,
  };
  [routes, login] = await withEnv(env, async () => [
    {
      list: await import('@/app/api/wishlist/route'),
      items: await import('@/app/api/wishlist/items/route'),
      item: await import('@/app/api/wishlist/items/[lineId]/route'),
    },
    await import('@/app/api/auth/login/route'),
  ] as const);
});
afterAll(() => backend?.close());

describe('without manage_shopping_lists', () => {
  it('GET answers the empty wishlist with enabled: false', async () => {
    expect(await expectStatus(await getWishlist(new Shopper(), routes), 200)).toEqual({ enabled: false, id: null, items: [], itemCount: 0 });
  });

  it('saving and removing answer 404 wishlist_unavailable, and no session is started', async () => {
    const shopper = new Shopper();
    const saved = await expectStatus(await saveItem(shopper, { sku: 'ANY-SKU' }, routes), 404);
    expect(saved.error).toMatchObject({ code: 'feature_unavailable', reason: 'wishlist_unavailable' });
    expect(shopper.cookie).toBeUndefined();
    expect((await expectStatus(await removeItem(shopper, randomUUID(), routes), 404)).error.reason).toBe('wishlist_unavailable');
  });

  it('the local backend refuses the client shopping lists (403), so the scope check is not just ours', async () => {
    const token = await fetch(`${backend.url}/oauth/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${NO_LISTS.id}:${NO_LISTS.secret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    }).then((r) => r.json() as Promise<{ access_token: string }>);
    const response = await fetch(`${backend.url}/${backend.projectKey}/shopping-lists`, { headers: { authorization: `Bearer ${token.access_token}` } });
    expect(response.status).toBe(403);
  });

  it('signing in with a session naming a list still works', async () => {
    const shopper = await Shopper.withSession({ anonymousId: randomUUID(), wishlistId: randomUUID() });
    const response = await shopper.call(login.POST, '/api/auth/login', { method: 'POST', body: { email: DEMO_CUSTOMER.email, password: DEMO_CUSTOMER.password } });
    expect(response.status).toBe(200);
  });
});
