// The browser's one client of the BFF API (docs/api.md): one function per endpoint, typed with the
// app's own response types (lib/types.ts, the same ones the server answers with). Same-origin JSON;
// an error answer is read into a typed failure (status 0 = the network failed), Retry-After kept for
// 429s, `reason` and `params` kept so the UI can word the refusal in the page's language.
import type { Address, AddressBook, Cart, CatalogSearchAnswer, CustomerProfile, MarketView, Order, PaymentSession, SessionView, ShippingMethodOption, CartSummary, Wishlist } from './types';

export type FieldErrors = Record<string, string[]>;

export type ApiFailure = {
  ok: false;
  /** 0 when no HTTP answer arrived (offline, aborted, DNS). */
  status: number;
  code: string;
  /** The API's own (English) message, or '' when the answer was not the API's JSON error. */
  message: string;
  /** Why a shop rule refused (docs/api.md, Reasons), with the values its words use. */
  reason?: string;
  params?: Record<string, string | number>;
  fields: FieldErrors;
  /** The reason behind each field's message, where a shop rule gave one. */
  fieldReasons?: Record<string, FieldReason[]>;
  retryAfter: number | null;
};

type FieldReason = { reason: string; params?: Record<string, string | number> };

export type ApiResult<T> = { ok: true; status: number; body: T } | ApiFailure;

/** Retry-After as seconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now: number = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  // An HTTP date names its weekday and month (`Thu, 01 Jan 2026 00:01:30 GMT`); Date.parse alone
  // would also take "-3" as a year.
  if (!/^[A-Za-z]{3}, /.test(trimmed)) return null;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function readFields(value: unknown): FieldErrors {
  if (typeof value !== 'object' || value === null) return {};
  // Keyed by the answer: built from entries, so no key can reach a prototype.
  return Object.fromEntries(
    Object.entries(value).flatMap(([path, messages]) => {
      const list = Array.isArray(messages) ? messages.filter((m): m is string => typeof m === 'string') : typeof messages === 'string' ? [messages] : [];
      return list.length ? [[path, list]] : [];
    }),
  );
}

function readParams(value: unknown): Record<string, string | number> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const entries = Object.entries(value).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number');
  return Object.fromEntries(entries);
}

function readFieldReasons(value: unknown): Record<string, FieldReason[]> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const entries = Object.entries(value).flatMap(([path, issues]) => {
    if (!Array.isArray(issues)) return [];
    const list = issues.flatMap((issue: unknown) => {
      const entry = (typeof issue === 'object' && issue !== null ? issue : {}) as { reason?: unknown; params?: unknown };
      if (typeof entry.reason !== 'string') return [];
      const params = readParams(entry.params);
      return [{ reason: entry.reason, ...(params ? { params } : {}) }];
    });
    return list.length ? [[path, list] as const] : [];
  });
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** Reads an error response into an ApiFailure; tolerant of non-JSON bodies (a proxy's HTML page). */
export async function failureOf(response: Response): Promise<ApiFailure> {
  const failure: ApiFailure = {
    ok: false,
    status: response.status,
    code: `http_${response.status}`,
    message: '',
    fields: {},
    retryAfter: retryAfterSeconds(response.headers.get('retry-after')),
  };
  try {
    const error = ((await response.json()) as { error?: Record<string, unknown> })?.error;
    if (typeof error?.code === 'string') failure.code = error.code;
    if (typeof error?.message === 'string') failure.message = error.message;
    if (typeof error?.reason === 'string') failure.reason = error.reason;
    const params = readParams(error?.params);
    if (params) failure.params = params;
    failure.fields = readFields(error?.fields);
    const fieldReasons = readFieldReasons(error?.fieldReasons);
    if (fieldReasons) failure.fieldReasons = fieldReasons;
  } catch {
    // not the API's JSON error
  }
  return failure;
}

const NETWORK_FAILURE: ApiFailure = { ok: false, status: 0, code: 'network', message: '', fields: {}, retryAfter: null };

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Options = { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal };

async function call<T>(method: Method, path: string, options: Options = {}): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      cache: 'no-store',
      credentials: 'same-origin',
      signal: options.signal,
      headers: {
        accept: 'application/json',
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...options.headers,
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return NETWORK_FAILURE;
  }
  if (!response.ok) return failureOf(response);
  const body = (response.status === 204 ? null : await response.json().catch(() => null)) as T;
  return { ok: true, status: response.status, body };
}

const id = (value: string) => encodeURIComponent(value);

export type MarketSwitch = { market: MarketView; cart: CartSummary | null; unmoved: Array<{ sku: string; name: string }>; unmovedCodes: string[] };
export type SignedIn = { customer: CustomerProfile; cart: CartSummary | null };
export type AddressChange = { address: AddressBook['addresses'][number] } & AddressBook;
export type AddressEdit = Partial<Record<keyof Address, string | null>> & { defaultShipping?: boolean; defaultBilling?: boolean };
export type CheckoutDetails = { email: string; shippingAddress: Address; billingAddress?: Address | null };

// --- Catalog -----------------------------------------------------------------------------------
/** `search`: a catalog query string (lib/catalog/query.ts `catalogQueryString`, plus `locale`). */
export const searchProducts = (search: string, signal?: AbortSignal) => call<CatalogSearchAnswer>('GET', `/api/products${search}`, { signal });

// --- Session and market ------------------------------------------------------------------------
export const getSession = (signal?: AbortSignal) => call<SessionView>('GET', '/api/session', { signal });
export const setMarket = (locale: string) => call<MarketSwitch>('PUT', '/api/session/market', { body: { locale } });

// --- Cart -----------------------------------------------------------------------------------------
/**
 * GET /api/cart. A 404 means the session pointed at a cart it no longer owns and has forgotten it
 * (docs/api.md): the second read answers with the session's cart as it is now (usually empty).
 */
export async function getCart(signal?: AbortSignal): Promise<ApiResult<Cart>> {
  const first = await call<Cart>('GET', '/api/cart', { signal });
  return !first.ok && first.status === 404 ? call<Cart>('GET', '/api/cart', { signal }) : first;
}
export const addLineItem = (sku: string, quantity: number) => call<Cart>('POST', '/api/cart/line-items', { body: { sku, quantity } });
export const changeLineItemQuantity = (lineItemId: string, quantity: number) =>
  call<Cart>('PATCH', `/api/cart/line-items/${id(lineItemId)}`, { body: { quantity } });
export const removeLineItem = (lineItemId: string) => call<Cart>('DELETE', `/api/cart/line-items/${id(lineItemId)}`);
export const addDiscountCode = (code: string) => call<Cart>('POST', '/api/cart/discount-codes', { body: { code } });
export const removeDiscountCode = (discountCodeId: string) => call<Cart>('DELETE', `/api/cart/discount-codes/${id(discountCodeId)}`);

// --- Wishlist ---------------------------------------------------------------------------------------
/** GET /api/wishlist; like getCart, a 404 (a list the session no longer owns, now forgotten) is read again. */
export async function getWishlist(signal?: AbortSignal): Promise<ApiResult<Wishlist>> {
  const first = await call<Wishlist>('GET', '/api/wishlist', { signal });
  return !first.ok && first.status === 404 ? call<Wishlist>('GET', '/api/wishlist', { signal }) : first;
}
export const addWishlistItem = (item: { productId: string; variantId?: number } | { sku: string }) =>
  call<Wishlist>('POST', '/api/wishlist/items', { body: item });
export const removeWishlistItem = (lineId: string) => call<Wishlist>('DELETE', `/api/wishlist/items/${id(lineId)}`);

// --- Checkout and orders --------------------------------------------------------------------------
export const setCheckoutDetails = (details: CheckoutDetails) => call<Cart>('PUT', '/api/checkout/details', { body: details });
export const getShippingMethods = () => call<{ shippingMethods: ShippingMethodOption[] }>('GET', '/api/checkout/shipping-methods');
export const setShippingMethod = (shippingMethodId: string) => call<Cart>('PUT', '/api/checkout/shipping-method', { body: { shippingMethodId } });
export const placeOrder = (idempotencyKey: string, body: Record<string, string> = {}) =>
  call<{ order: Order }>('POST', '/api/checkout/order', { body, headers: { 'idempotency-key': idempotencyKey } });
export const startPaymentSession = () => call<PaymentSession>('POST', '/api/checkout/payment-session', { body: {} });
export const confirmHostedOrder = (orderId: string) => call<{ order: Order }>('POST', '/api/checkout/payment-session/confirm', { body: { orderId } });
export const adoptAgentCart = (cartId: string) => call<Cart>('POST', '/api/checkout/agent-cart', { body: { cartId } });
export const revokeAgent = (grantId: string) => call<null>('DELETE', `/api/account/agents/${encodeURIComponent(grantId)}`);
export const getOrders = (signal?: AbortSignal) => call<{ orders: Order[] }>('GET', '/api/orders', { signal });

// --- Sign-in and account ----------------------------------------------------------------------------
export const signIn = (body: { email: string; password: string }) => call<SignedIn>('POST', '/api/auth/login', { body });
export const signUp = (body: { email: string; password: string; firstName: string; lastName: string }) =>
  call<SignedIn>('POST', '/api/auth/signup', { body });
export const signOut = () => call<null>('POST', '/api/auth/logout');
export const signOutEverywhere = () => call<null>('POST', '/api/auth/logout-everywhere', { body: {} });
export const changePassword = (body: { currentPassword: string; newPassword: string }) => call<null>('POST', '/api/account/password', { body });
export const requestPasswordReset = (email: string) => call<{ message: string }>('POST', '/api/auth/password-reset', { body: { email } });
export const confirmPasswordReset = (body: { token: string; newPassword: string }) => call<null>('POST', '/api/auth/password-reset/confirm', { body });
export const deleteAccount = (password: string) => call<null>('POST', '/api/account/delete', { body: { password } });
/** A plain link downloads the export (the browser sends the session cookie; the answer is an attachment). */
export const ACCOUNT_EXPORT_URL = '/api/account/export';
export const getAccount = (signal?: AbortSignal) => call<CustomerProfile>('GET', '/api/account', { signal });
export const getAddressBook = (signal?: AbortSignal) => call<AddressBook>('GET', '/api/account/addresses', { signal });
export const addAddress = (address: Address & { defaultShipping?: boolean; defaultBilling?: boolean }) =>
  call<AddressChange>('POST', '/api/account/addresses', { body: address });
export const editAddress = (addressId: string, edit: AddressEdit) => call<AddressChange>('PATCH', `/api/account/addresses/${id(addressId)}`, { body: edit });
export const removeAddress = (addressId: string) => call<AddressBook>('DELETE', `/api/account/addresses/${id(addressId)}`);
