import 'server-only';
// commercetools Checkout in Payment Only mode (PAYMENT_PROVIDER=commercetools-checkout): the shopper
// pays in Checkout's UI (the browser SDK's `paymentFlow`), and Checkout creates the Payment and the
// Order itself. Our part is one call: create a Checkout session for the cart with the storefront's
// own token (scope manage_sessions), and hand the browser the session id. Docs: docs/payments.md;
// API: https://docs.commercetools.com/checkout/installing-checkout (Sessions API, "Create Session").
import type { Cart } from '@commercetools/platform-sdk';
import { storefrontTokenProvider } from '@/lib/commercetools/client';
import { createResilientFetch, DEFAULT_FETCH_OPTIONS } from '@/lib/commercetools/fetch';
import { toCtFailure, type CtResult } from '@/lib/commercetools/result';
import type { ServerEnv } from '@/lib/env';
import type { HostedPaymentProvider, PaymentSession } from '../types';
import { checkoutHosts } from './hosts';

/** Only the session id is used; the rest of the answer (cart, expiry) stays here. */
type SessionResponse = { id?: unknown };

async function createSession(sessionsUrl: string, body: unknown): Promise<CtResult<string>> {
  const tokens = storefrontTokenProvider();
  const post = createResilientFetch(DEFAULT_FETCH_OPTIONS);
  const send = async () => {
    const token = await tokens.get();
    const response = await post(sessionsUrl, {
      method: 'POST',
      headers: { authorization: `Bearer ${token.value}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { token, response };
  };
  try {
    let { token, response } = await send();
    // A 401 refused the token before doing anything: a fresh one, once (like the API client).
    if (response.status === 401) {
      tokens.invalidate(token);
      ({ token, response } = await send());
    }
    const json = (await response.json().catch(() => null)) as SessionResponse | null;
    if (!response.ok) return toCtFailure({ statusCode: response.status, body: json });
    if (typeof json?.id !== 'string' || json.id === '') return toCtFailure({ statusCode: 502, body: null });
    return { ok: true, value: json.id };
  } catch (thrown) {
    return toCtFailure({ statusCode: 0, body: thrown });
  }
}

export type CheckoutProvider = HostedPaymentProvider & { readonly local: boolean };

/** The provider for this configuration, or null when the region cannot be derived (the checkout rule refuses that at boot). */
export function commercetoolsCheckoutProvider(env: ServerEnv): CheckoutProvider | null {
  const hosts = checkoutHosts(env.CTP_API_URL, env.CTP_PROJECT_KEY);
  const applicationKey = env.CTP_CHECKOUT_APPLICATION_KEY;
  if (!hosts || !applicationKey) return null;
  return {
    name: 'commercetools-checkout',
    flow: 'hosted',
    local: hosts.local,
    async startSession(cart: Cart): Promise<CtResult<PaymentSession>> {
      const created = await createSession(hosts.sessionsUrl, { cart: { cartRef: { id: cart.id } }, metadata: { applicationKey } });
      if (!created.ok) return created;
      return { ok: true, value: { sessionId: created.value, projectKey: env.CTP_PROJECT_KEY, region: hosts.region } };
    },
  };
}
