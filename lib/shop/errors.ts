// The shop's refusals: a stable reason and the values its message needs. The domain raises them;
// lib/http/errors.ts (the one mapping) turns a reason into an HTTP status and code, and the message
// catalogue (lib/i18n/messages/*.json, namespace ShopErrors) turns reason + params into words, in
// English for the API and in the shopper's language in the UI. No HTTP and no wording here.
import type { CtFailure } from '@/lib/commercetools/result';

export const SHOP_REASONS = [
  // Who and what
  'invalid_input', // well-formed but invalid once combined with what is stored (400)
  'not_found', // not there, or not this shopper's (never says which)
  'unauthenticated',
  'sign_in_failed',
  'sign_up_refused',
  'rate_limited',
  // Concurrency
  'cart_changed',
  'cart_changed_since_review',
  'prices_changed',
  'account_changed',
  // Cart rules
  'cart_empty',
  'sku_not_for_sale',
  'sku_unpriced',
  'sku_out_of_stock',
  'line_rejected',
  'line_quantity_limit',
  'cart_lines_limit',
  'discount_code_not_applicable',
  // Wishlist rules
  'wishlist_unavailable', // the project grants no shopping lists (manage_shopping_lists)
  'wishlist_full',
  'wishlist_changed',
  'product_unavailable', // not a published product (variant) of the catalog
  // Checkout rules
  'address_outside_market',
  'shipping_address_conflict',
  'shipping_address_required',
  'shipping_method_unavailable',
  'order_incomplete',
  'lines_not_orderable',
  'items_out_of_stock',
  'shipping_method_stale',
  'discount_code_stale',
  'order_rejected',
  'payments_not_configured',
  'payment_flow_hosted', // POST /api/checkout/order while payment runs in commercetools Checkout
  'payment_flow_direct', // a Checkout payment session while the provider takes no hosted payment
  'payment_declined',
  'idempotency_key_reused',
  // Account rules
  'address_book_full',
  'current_password_wrong',
  'password_too_common',
  'password_matches_email',
  'reset_token_invalid',
  // Upstream trouble (generic on purpose: nothing upstream travels further)
  'upstream_unavailable',
  'upstream_error',
] as const;

export type ShopReason = (typeof SHOP_REASONS)[number];

/** Field-level reasons: what is wrong with one input field (also in ShopErrors). */
export const FIELD_REASONS = [
  'field_invalid', // a validation message of the input schema, as is
  'field_required',
  'field_country_mismatch',
  'field_shipping_conflict',
  'field_method_unavailable',
  'field_method_stale',
  'field_code_stale',
  'field_codes_stale',
] as const;

export type FieldReason = (typeof FIELD_REASONS)[number];

export type ReasonParams = Record<string, string | number>;

/** One problem with one field: a field reason, or a shop reason repeated at the field it concerns. */
type FieldIssue = { reason: ShopReason | FieldReason; params?: ReasonParams };

export type FieldIssues = Record<string, FieldIssue[]>;

/** A refusal by a shop rule. `fields` names the inputs it concerns (path -> issues). */
export class ShopError extends Error {
  constructor(
    readonly reason: ShopReason,
    readonly params: ReasonParams = {},
    readonly fields?: FieldIssues,
    /** For rate_limited: when the shopper may try again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(reason);
    this.name = 'ShopError';
  }
}

/** A refusal whose reason also stands at one field (e.g. the SKU of a refused line). */
export function fieldRefusal(reason: ShopReason, params: ReasonParams, field: string): ShopError {
  return new ShopError(reason, params, { [field]: [{ reason, params }] });
}

export const notFound = () => new ShopError('not_found');

/** Schema messages for fields (lib/validation.ts) as an invalid_input refusal. */
export function invalidInput(fields: Record<string, string[]>): ShopError {
  return new ShopError(
    'invalid_input',
    {},
    Object.fromEntries(Object.entries(fields).map(([path, messages]) => [path, messages.map((message) => ({ reason: 'field_invalid' as const, params: { message } }))])),
  );
}

/** An upstream failure the domain did not handle itself, as a refusal that reveals nothing upstream. */
export function fromCtFailure(failure: CtFailure): ShopError {
  switch (failure.kind) {
    case 'not_found':
      return new ShopError('not_found');
    case 'conflict':
      return new ShopError('cart_changed');
    case 'timeout':
    case 'unavailable':
    case 'rate_limited':
      return new ShopError('upstream_unavailable');
    default:
      // invalid / unauthorized / forbidden upstream means our request or setup is wrong.
      return new ShopError('upstream_error');
  }
}

/** Unwraps a gateway result, raising the matching refusal for a failure. */
export function valueOr<T>(result: { ok: true; value: T } | CtFailure): T {
  if (!result.ok) throw fromCtFailure(result);
  return result.value;
}
