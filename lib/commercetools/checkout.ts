import 'server-only';
// Checkout (server-only): contact and addresses, shipping methods matching the cart, and placing the
// order. Every step is one versioned cart update through lib/commercetools/cart.ts, except placing
// the order, which re-reads and re-checks everything first (see placeOrder).
import type { Cart, CartUpdateAction, Order, ShippingMethod, ShippingRate } from '@commercetools/platform-sdk';
import type { AddressInput } from '@/lib/shop/cart/schemas';
import { AppError, appErrorFromCt, type FieldErrors } from '@/lib/http/errors';
import { paymentProvider } from '@/lib/payment';
import type { SessionData, SessionHandle } from '@/lib/session';
import type { Money, ShippingMethodOption } from '@/lib/types';
import {
  cartBelongsTo,
  ctCallDetailed,
  fetchCart,
  forgetCart,
  lineSkus,
  mutateSessionCart,
  ownedBySession,
  rememberCart,
  sessionMarket,
  updateCart,
  type DetailedFailure,
} from './cart';
import { emptyCartError } from './cart-mutations';
import { skuStatuses, unsellableReason, type PriceScope } from './sku-status';
import { ctApi } from './client';
import { localize } from './mappers/category';
import { addressDraft, amountDue } from './mappers/cart';
import { toMoney } from './mappers/product';
import { attemptReference, createOrderFromCart, findOrderByAttempt, findOrderForCart, rememberOrder } from './order';

const notFound = () => new AppError('not_found');

// --- Details -------------------------------------------------------------------------------------

function countryError(field: string, country: string): FieldErrors {
  return { [field]: [`must be ${country}: this shop delivers to and bills in ${country} only`] };
}

/**
 * PUT /api/checkout/details: email, shipping address and billing address (the shipping address when
 * none is given) in one cart update. Both addresses must be in the cart's (the market's) country.
 */
export async function setCheckoutDetails(
  session: SessionHandle,
  input: { email: string; shippingAddress: AddressInput; billingAddress?: AddressInput | null },
): Promise<Cart> {
  const market = sessionMarket(await session.current());
  const updated = await mutateSessionCart(
    session,
    (state) => {
      const country = state.country ?? market.country;
      const fields: FieldErrors = {};
      if (input.shippingAddress.country !== country) Object.assign(fields, countryError('shippingAddress.country', country));
      if (input.billingAddress && input.billingAddress.country !== country) Object.assign(fields, countryError('billingAddress.country', country));
      if (Object.keys(fields).length) {
        throw new AppError('business_rule', { message: `Addresses must be in ${country}, the country of this shop.`, fields });
      }
      const shipping = addressDraft(input.shippingAddress);
      return [
        { action: 'setCustomerEmail', email: input.email },
        { action: 'setShippingAddress', address: shipping },
        { action: 'setBillingAddress', address: input.billingAddress ? addressDraft(input.billingAddress) : shipping },
      ];
    },
    {
      // e.g. the chosen shipping method has no rate for the new address (a state-level zone).
      onRejected: () =>
        new AppError('business_rule', {
          message: 'The cart cannot take this shipping address with the chosen shipping method. Choose the shipping method again.',
          fields: { shippingAddress: ['cannot be used with the chosen shipping method'] },
        }),
    },
  );
  if (updated === 'gone') throw emptyCartError();
  return updated;
}

// --- Shipping methods ----------------------------------------------------------------------------

const addressFirst = () =>
  new AppError('business_rule', {
    message: 'Enter the shipping address first: shipping methods depend on where the order goes.',
    fields: { shippingAddress: ['is required'] },
  });

function matchingRate(method: ShippingMethod): ShippingRate | undefined {
  const rates = method.zoneRates.flatMap((zoneRate) => zoneRate.shippingRates);
  return rates.find((rate) => rate.isMatching) ?? rates[0];
}

/**
 * The price of a method for this cart: commercetools' own shipping price when the method is the
 * cart's; otherwise the matching rate (its matching tier), free from `freeAbove` on, as commercetools
 * applies it to the cart's line total.
 */
function priceFor(method: ShippingMethod, rate: ShippingRate, cart: Cart, lineTotal: Money): Money {
  if (cart.shippingInfo?.shippingMethod?.id === method.id) return toMoney(cart.shippingInfo.discountedPrice?.value ?? cart.shippingInfo.price);
  const base = toMoney(rate.price);
  const tier = rate.tiers.find((t) => t.isMatching);
  const tierCents = tier && 'price' in tier ? tier.price?.centAmount : undefined;
  const price: Money = tierCents === undefined ? base : { ...base, centAmount: tierCents };
  const free = rate.freeAbove && rate.freeAbove.currencyCode === price.currencyCode && lineTotal.centAmount >= rate.freeAbove.centAmount;
  return free ? { ...price, centAmount: 0 } : price;
}

/** GET /api/checkout/shipping-methods: the methods commercetools matches to the cart, with prices. */
export async function matchingShippingMethods(session: SessionHandle): Promise<ShippingMethodOption[]> {
  const data = await session.current();
  if (!data?.cartId) throw emptyCartError();
  const cartId = data.cartId;
  const [read, matching] = await Promise.all([
    fetchCart(cartId),
    ctCallDetailed(() => ctApi().shippingMethods().matchingCart().get({ queryArgs: { cartId } }).execute()),
  ]);
  if (!read.ok) {
    if (read.kind === 'not_found') {
      await forgetCart(session);
      throw emptyCartError();
    }
    throw appErrorFromCt(read);
  }
  const cart = read.value;
  if (!cartBelongsTo(cart, data)) {
    await forgetCart(session);
    throw notFound();
  }
  rememberCart(cart);
  if (!cart.shippingAddress) throw addressFirst();
  if (!matching.ok) throw matching.kind === 'invalid' ? addressFirst() : appErrorFromCt(matching);

  const language = sessionMarket(data).language;
  // The cart value shipping rates look at: the line totals after cart discounts.
  const lineTotal: Money = {
    ...toMoney(cart.totalPrice),
    centAmount: [...cart.lineItems, ...(cart.customLineItems ?? [])].reduce((sum, line) => sum + line.totalPrice.centAmount, 0),
  };
  return matching.value.results.flatMap((method) => {
    const rate = matchingRate(method);
    if (!rate) return [];
    return [
      {
        id: method.id,
        key: method.key ?? null,
        name: localize(method.localizedName, language) || method.name,
        description: localize(method.localizedDescription, language) || (method.description ?? ''),
        price: priceFor(method, rate, cart, lineTotal),
        freeAbove: rate.freeAbove ? toMoney(rate.freeAbove) : null,
        isDefault: method.isDefault,
      },
    ];
  });
}

/** PUT /api/checkout/shipping-method: one of the methods matching the cart (commercetools checks). */
export async function setShippingMethod(session: SessionHandle, shippingMethodId: string): Promise<Cart> {
  const updated = await mutateSessionCart(
    session,
    (state) => {
      if (!state.hasShippingAddress) throw addressFirst();
      return [{ action: 'setShippingMethod', shippingMethod: { typeId: 'shipping-method', id: shippingMethodId } }];
    },
    {
      onRejected: () =>
        new AppError('business_rule', {
          message: 'This shipping method is not available for your cart. Choose one of the methods offered.',
          fields: { shippingMethodId: ['is not available for this cart'] },
        }),
    },
  );
  if (updated === 'gone') throw emptyCartError();
  return updated;
}

// --- Placing the order ---------------------------------------------------------------------------

const FIELD_LABELS: Record<string, string> = {
  email: 'an email address',
  shippingAddress: 'a shipping address',
  shippingMethod: 'a shipping method',
  discountCodes: 'only discount codes that apply',
};

const APPLYING_CODE_STATES = new Set(['MatchesCart', 'ApplicationStoppedByGroupBestDeal']);

/** Everything an order needs besides available lines; 422 naming what is missing. */
function assertReady(cart: Cart): void {
  if (!cart.lineItems.length) throw emptyCartError();
  const fields: FieldErrors = {};
  if (!cart.customerEmail) fields.email = ['is required'];
  const address = cart.shippingAddress;
  if (!address || !address.firstName || !address.lastName || !address.streetName || !address.postalCode || !address.city || !address.country) {
    fields.shippingAddress = ['is required'];
  }
  if (!cart.shippingInfo) fields.shippingMethod = ['is required'];
  else if (cart.shippingInfo.shippingMethodState === 'DoesNotMatchCart') fields.shippingMethod = ['is no longer available for this cart; choose another'];
  // commercetools refuses to order a cart with a code that does not apply (any more).
  const stale = (cart.discountCodes ?? []).filter((info) => info.state && !APPLYING_CODE_STATES.has(info.state));
  if (stale.length) {
    fields.discountCodes = stale.map((info) => `${info.discountCode.obj?.code ?? info.discountCode.id} no longer applies; remove it`);
  }
  const missing = Object.keys(fields);
  if (missing.length) {
    throw new AppError('business_rule', {
      message: `The order needs ${missing.map((f) => FIELD_LABELS[f] ?? f).join(', ')} first.`,
      fields,
    });
  }
}

/** Every line still sold in the cart's market (published, priced) and on stock; 422 naming the lines. */
async function assertAvailable(cart: Cart, market: PriceScope): Promise<void> {
  const statuses = await skuStatuses(lineSkus(cart.lineItems), market);
  if (!statuses.ok) throw appErrorFromCt(statuses);
  const fields: FieldErrors = {};
  const reasons: string[] = [];
  for (const line of cart.lineItems) {
    const sku = line.variant.sku ?? '';
    const reason = unsellableReason(sku, statuses.value.get(sku), market);
    if (reason) {
      fields[`lineItems.${line.id}`] = [reason];
      reasons.push(reason);
    }
  }
  if (reasons.length) throw new AppError('business_rule', { message: `Some items cannot be ordered. ${reasons.join(' ')}`, fields });
}

function sameMoney(a: Money, b: Money): boolean {
  return a.centAmount === b.centAmount && a.currencyCode === b.currencyCode;
}

export type PlacedOrder = { status: 200 | 201; order: Order };

/** The order this cart already became (another tab, a concurrent request), or a 409. */
async function orderPlacedMeanwhile(session: SessionHandle, data: SessionData, cartId: string): Promise<PlacedOrder> {
  const existing = await findOrderForCart(cartId);
  if (existing.ok && existing.value && ownedBySession(existing.value, data)) {
    await rememberOrder(session, existing.value);
    return { status: 200, order: existing.value };
  }
  throw new AppError('conflict');
}

/** Takes the payment off the cart again after a failed attempt (best effort). */
async function undoClaim(cart: Cart, attached: CartUpdateAction[]): Promise<void> {
  const actions: CartUpdateAction[] = attached.flatMap((action) =>
    action.action === 'addPayment' ? [{ action: 'removePayment' as const, payment: action.payment }] : [],
  );
  const result = await updateCart(cart.id, cart.version, [...actions, { action: 'setPurchaseOrderNumber' }]);
  if (result.ok) rememberCart(result.value);
}

function orderRejected(failure: DetailedFailure): AppError {
  const codes = new Set(failure.codes);
  if (codes.has('OutOfStock')) return new AppError('business_rule', { message: 'Some items are out of stock.', fields: { lineItems: ['Some items are out of stock.'] } });
  if (codes.has('ShippingMethodDoesNotMatchCart')) {
    return new AppError('business_rule', { message: 'The shipping method no longer matches the cart; choose another.', fields: { shippingMethod: ['is no longer available for this cart; choose another'] } });
  }
  if (codes.has('DiscountCodeNonApplicable')) {
    return new AppError('business_rule', { message: 'A discount code in your cart no longer applies. Remove it and place the order again.', fields: { discountCodes: ['a code no longer applies'] } });
  }
  if (codes.has('MatchingPriceNotFound') || codes.has('MissingTaxRateForCountry') || codes.has('InvalidOperation')) {
    return new AppError('business_rule', { message: 'The order cannot be placed with the cart as it is. Review your cart and checkout details.' });
  }
  return appErrorFromCt(failure);
}

/**
 * POST /api/checkout/order. In order:
 * 1. a provider must be configured (422 otherwise);
 * 2. the same Idempotency-Key returns the order it made (200), found by the attempt reference the
 *    order carries, so it holds across instances and after the session forgot the cart;
 * 3. the cart must be the session's, Active, and at the version the shopper last saw (409 otherwise);
 *    a cart that was already ordered answers with that order (200);
 * 4. email, shipping address and shipping method set, every line still sold and on stock (422);
 * 5. the provider authorizes the total (402 when declined: no order, the cart untouched);
 * 6. one versioned cart update attaches the payment and the attempt reference: of concurrent
 *    attempts exactly one passes, the others release their authorization and answer with the order
 *    if it exists already, else 409;
 * 7. the order is created from that cart version with an order number derived from the cart
 *    (commercetools refuses a second one), and the session forgets the cart and remembers the order.
 */
export async function placeOrder(
  session: SessionHandle,
  input: { idempotencyKey: string; testOutcome?: 'approve' | 'decline' },
): Promise<PlacedOrder> {
  const provider = paymentProvider();
  if (!provider) {
    throw new AppError('business_rule', { message: 'Payments are not configured for this shop, so orders cannot be placed yet.' });
  }
  const data = await session.current();
  if (!data) throw emptyCartError();

  const [byAttempt, read] = await Promise.all([
    findOrderByAttempt(data, input.idempotencyKey),
    data.cartId ? fetchCart(data.cartId) : Promise.resolve(null),
  ]);
  if (!byAttempt.ok) throw appErrorFromCt(byAttempt);
  if (read && !read.ok && read.kind !== 'not_found') throw appErrorFromCt(read);
  const cart = read?.ok ? read.value : null;

  if (byAttempt.value) {
    const order = byAttempt.value;
    if (cart && cartBelongsTo(cart, data) && cart.id !== order.cart?.id) {
      throw new AppError('business_rule', {
        message: 'This Idempotency-Key was already used for another order. Send a new key to order this cart.',
      });
    }
    await rememberOrder(session, order);
    return { status: 200, order };
  }
  if (!cart) {
    if (data.cartId) await forgetCart(session);
    throw emptyCartError();
  }
  if (cart.cartState === 'Ordered' && ownedBySession(cart, data)) return orderPlacedMeanwhile(session, data, cart.id);
  if (!cartBelongsTo(cart, data)) {
    await forgetCart(session);
    throw notFound();
  }
  rememberCart(cart);
  if (data.cartVersion !== cart.version) {
    throw new AppError('conflict', { message: 'Your cart changed since you last reviewed it. Review it and place the order again.' });
  }

  assertReady(cart);
  // Lines are checked where the cart prices them: its own currency and country.
  const shopMarket = sessionMarket(data);
  await assertAvailable(cart, { currency: cart.totalPrice.currencyCode, country: cart.country ?? shopMarket.country, language: shopMarket.language });

  const authorized = await provider.authorize(cart, {
    attemptKey: `${cart.id}:${cart.version}`,
    idempotencyKey: input.idempotencyKey,
    session: data,
    ...(input.testOutcome ? { testOutcome: input.testOutcome } : {}),
  });
  if (!authorized.ok) throw appErrorFromCt(authorized);
  if (authorized.value.outcome === 'declined') throw new AppError('payment_declined');
  const { amount, cartActions, release } = authorized.value;

  const claimed = await updateCart(cart.id, cart.version, [
    ...cartActions,
    { action: 'setPurchaseOrderNumber', purchaseOrderNumber: attemptReference(input.idempotencyKey) },
  ]);
  if (!claimed.ok) {
    await release();
    if (claimed.kind === 'conflict') return orderPlacedMeanwhile(session, data, cart.id);
    throw claimed.kind === 'not_found' ? notFound() : appErrorFromCt(claimed);
  }
  rememberCart(claimed.value);
  // Any cart update brings prices up to date; the order must cost what the shopper reviewed.
  if (!sameMoney(amountDue(claimed.value), amount)) {
    await release();
    await undoClaim(claimed.value, cartActions);
    throw new AppError('conflict', { message: 'The prices in your cart changed. Review your cart and place the order again.' });
  }

  const created = await createOrderFromCart(claimed.value);
  if (!created.ok) {
    if (created.kind === 'conflict' || created.codes.includes('DuplicateField')) {
      const existing = await findOrderForCart(cart.id);
      if (existing.ok && existing.value && ownedBySession(existing.value, data)) {
        await release();
        await rememberOrder(session, existing.value);
        return { status: 200, order: existing.value };
      }
    }
    await release();
    await undoClaim(claimed.value, cartActions);
    throw created.kind === 'conflict' ? new AppError('conflict') : created.kind === 'invalid' ? orderRejected(created) : appErrorFromCt(created);
  }
  await rememberOrder(session, created.value);
  return { status: 201, order: created.value };
}
