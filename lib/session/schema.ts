// What the session cookie may hold: ids only, never prices, totals or profile data. Anything that
// does not match this shape exactly is discarded and replaced by a fresh session.
import { z } from 'zod';
import { MARKET_LOCALES } from '@/lib/markets';
import { MAX_REMEMBERED_ORDERS } from '@/lib/shop/orders/limits';

const id = z.string().min(1).max(128);

export const sessionSchema = z
  .object({
    /** Rotated on sign-in and sign-out; a revoked id is never accepted again. */
    sid: id,
    anonymousId: id.optional(),
    customerId: id.optional(),
    /** When the customer signed in (ms since the epoch): the absolute lifetime and credential changes are measured from it. */
    authAt: z.number().int().positive().optional(),
    cartId: id.optional(),
    /** The last cart version we saw, so a cart update needs no extra read. */
    cartVersion: z.number().int().nonnegative().optional(),
    market: z.enum(MARKET_LOCALES as [string, ...string[]]).optional(),
    /** When the newest seal carrying this id expires (unix seconds): how long a revocation must last. */
    exp: z.number().int().positive().optional(),
    /** Orders a guest placed in this session (for the confirmation page). */
    orderIds: z.array(id).max(MAX_REMEMBERED_ORDERS).optional(),
    /** The shopper's wishlist (a shopping list id); ownership is checked on every use. */
    wishlistId: id.optional(),
  })
  .strict();

export type SessionData = z.infer<typeof sessionSchema>;
