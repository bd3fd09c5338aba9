import type { ProductProjection, ProductVariant, ShoppingList } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';
import { reshapeWishlist, shoppingListOwner } from '@/lib/commercetools/mappers/shopping-list';

const money = (centAmount: number) => ({ type: 'centPrecision' as const, centAmount, currencyCode: 'EUR', fractionDigits: 2 });

function variant(id: number, sku: string, price: number | null, onStock: boolean): ProductVariant {
  return {
    id,
    sku,
    attributes: [],
    images: [{ url: `/demo-catalog/${sku}.png`, dimensions: { w: 800, h: 800 } }],
    ...(price === null ? {} : { price: { id: `p${id}`, value: money(price) } }),
    availability: { isOnStock: onStock, availableQuantity: onStock ? 3 : 0 },
  } as ProductVariant;
}

const product = {
  id: 'prod-1',
  name: { en: 'Linen Shirt', de: 'Leinenhemd' },
  slug: { en: 'linen-shirt', de: 'leinenhemd' },
  masterVariant: variant(1, 'SH-1', 4900, true),
  variants: [variant(2, 'SH-2', 3900, false), variant(3, 'SH-3', null, true)],
} as unknown as ProductProjection;

const line = (id: string, productId: string, variantId: number | undefined, addedAt: string) => ({
  id,
  productId,
  ...(variantId === undefined ? {} : { variantId }),
  name: { en: 'Saved name', de: 'Gemerkter Name' },
  quantity: 1,
  addedAt,
});

const list = {
  id: 'list-1',
  version: 3,
  anonymousId: 'anon-1',
  lineItems: [
    line('l1', 'prod-1', undefined, '2026-01-01T00:00:00.000Z'),
    line('l2', 'prod-1', 2, '2026-01-03T00:00:00.000Z'),
    line('l3', 'prod-1', 3, '2026-01-02T00:00:00.000Z'),
    line('l4', 'gone', 1, '2026-01-04T00:00:00.000Z'),
  ],
} as unknown as ShoppingList;

describe('shopping list mapper', () => {
  it('answers the wishlist newest first, priced and named in the market language', () => {
    const wishlist = reshapeWishlist(list, [product], 'de');
    expect(wishlist).toMatchObject({ enabled: true, id: 'list-1', itemCount: 4 });
    expect(wishlist.items.map((i) => [i.id, i.variantId, i.sku, i.name, i.slug, i.price?.centAmount ?? null, i.available])).toEqual([
      // A product no longer published: its saved name, nothing to link or buy.
      ['l4', 1, null, 'Gemerkter Name', null, null, false],
      // Out of stock, and unpriced in the market: listed, not buyable.
      ['l2', 2, 'SH-2', 'Leinenhemd', 'leinenhemd', 3900, false],
      ['l3', 3, 'SH-3', 'Leinenhemd', 'leinenhemd', null, false],
      // No variant id: the master variant (commercetools' rule).
      ['l1', 1, 'SH-1', 'Leinenhemd', 'leinenhemd', 4900, true],
    ]);
    expect(wishlist.items[3]!.image?.url).toBe('/demo-catalog/SH-1.png');
  });

  it('reads the owner as the ownership rule wants it', () => {
    expect(shoppingListOwner(list)).toEqual({ anonymousId: 'anon-1' });
    expect(shoppingListOwner({ ...list, customer: { typeId: 'customer', id: 'c-1' } } as ShoppingList)).toEqual({ customerId: 'c-1', anonymousId: 'anon-1' });
  });
});
