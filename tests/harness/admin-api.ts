// An admin API root for tests that need to change the catalog behind the storefront's back (the
// seed admin client of the local backend; the storefront itself never holds it).
import { createApiBuilderFromCtpClient } from '@commercetools/platform-sdk';
import { ClientBuilder } from '@commercetools/ts-client';
import { SEED_ADMIN_CLIENT } from '../../scripts/local-backend';

export function adminApi(backendUrl: string, projectKey: string) {
  const client = new ClientBuilder()
    .withProjectKey(projectKey)
    .withClientCredentialsFlow({
      host: backendUrl,
      projectKey,
      credentials: { clientId: SEED_ADMIN_CLIENT.id, clientSecret: SEED_ADMIN_CLIENT.secret },
      httpClient: fetch,
    })
    .withHttpMiddleware({ host: backendUrl, httpClient: fetch })
    .build();
  return createApiBuilderFromCtpClient(client).withProjectKey({ projectKey });
}

/**
 * A discount code (5% off every line) that applies only while `cartPredicate` matches the cart:
 * commercetools adds it to a cart it does not match in state DoesNotMatchCart.
 */
export async function createPredicateCode(admin: ReturnType<typeof adminApi>, code: string, cartPredicate: string): Promise<void> {
  const discount = await admin
    .cartDiscounts()
    .post({
      body: {
        name: { en: `${code} (${cartPredicate})` },
        value: { type: 'relative', permyriad: 500 },
        cartPredicate,
        target: { type: 'lineItems', predicate: '1 = 1' },
        // Sort orders must be unique per project.
        sortOrder: `0.${Date.now() % 1_000_000}${Math.floor(Math.random() * 1000)}1`,
        isActive: true,
        requiresDiscountCode: true,
      },
    })
    .execute();
  await admin.discountCodes().post({ body: { code, cartDiscounts: [{ typeId: 'cart-discount', id: discount.body.id }], isActive: true } }).execute();
}
