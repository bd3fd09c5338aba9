// Request schemas of the wishlist endpoints. Strict: an unknown key (a customer or list id, a
// quantity, a price) is a 400. A variant is named by its SKU, or by its product id and (optionally)
// variant id; anything else is refused before commercetools is asked.
import { z } from 'zod';
import { skuSchema } from '../cart/schemas';

export const addWishlistItemBody = z
  .object({
    productId: z.string({ error: 'must be a string' }).regex(/^[A-Za-z0-9_-]{1,128}$/, 'is not a product id').optional(),
    /** commercetools variant ids are small positive integers; 1 is the master variant. */
    variantId: z.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be at least 1').max(10_000, 'must be at most 10000').optional(),
    sku: skuSchema.optional(),
  })
  .strict()
  .superRefine((body, issues) => {
    if (body.sku !== undefined && (body.productId !== undefined || body.variantId !== undefined)) {
      issues.addIssue({ code: 'custom', path: ['sku'], message: 'give either sku or productId (with variantId), not both' });
    } else if (body.sku === undefined && body.productId === undefined) {
      issues.addIssue({ code: 'custom', path: ['productId'], message: 'is required (or give sku)' });
    }
  });

export type AddWishlistItemInput = z.output<typeof addWishlistItemBody>;
