// The demo's sale: one external Product Discount, whose amounts the sale products' prices carry in
// `PriceDraft.discounted` (the API takes a discounted price from outside for `external` discounts
// only; their predicate must match the variant: `1 = 1` matches all).
import type { DiscountedPriceDraft, ProductDiscountDraft } from '@commercetools/platform-sdk';

/** The demo's sale: an external Product Discount, whose amounts the prices carry (PriceDraft.discounted). */
const SALE_DISCOUNT_KEY = 'demo-sale';

export function productDiscounts(): ProductDiscountDraft[] {
  return [
    {
      key: SALE_DISCOUNT_KEY,
      name: { en: 'Sale', de: 'Sale' },
      value: { type: 'external' },
      predicate: '1 = 1',
      sortOrder: '0.5',
      isActive: true,
    },
  ];
}

export function salePrice(value: { currencyCode: string; centAmount: number }, percent: number): DiscountedPriceDraft {
  return {
    value: { currencyCode: value.currencyCode, centAmount: Math.round((value.centAmount * (100 - percent)) / 100) },
    // Named by key here; the seeder resolves it to the id (catalog-types.ts).
    discount: { typeId: 'product-discount', key: SALE_DISCOUNT_KEY } as unknown as DiscountedPriceDraft['discount'],
  };
}
