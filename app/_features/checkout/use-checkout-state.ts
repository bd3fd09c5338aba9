'use client';
// The checkout's shared state and its API calls. Every step saves to the cart through the API and
// shows the cart the server answered with. "Place order" sends one Idempotency-Key per attempt (see
// order-attempt.ts) and cannot run twice at once.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { announceCartUpdate } from '../cart/cart-events';
import { addressBody, addressInputOf, EMPTY_ADDRESS, isBlankAddress, missingAddressFields, type AddressInput } from '../address/address-input';
import * as shopApi from '@/lib/api-client';
import type { ApiFailure, ApiResult } from '@/lib/api-client';
import { fieldErrorsUnder } from '../../_ui/api-errors';
import { focusFirstInvalid } from '../../_ui/navigation';
import { accountPrefill } from './account-prefill';
import { payInCheckout } from './hosted-payment';
import { newIdempotencyKey, OrderAttempt } from './order-attempt';
import { firstOpenStep, type CheckoutStep } from './checkout-steps';
import { sameAddress, type CheckoutNotice, type DetailsErrors, type DetailsState, type ReviewState, type ShippingMethodState } from './checkout-state';
import type { AccountAddress, Cart, ShippingMethodOption } from '@/lib/types';
import { useErrorText, useFieldTexts } from '../../_ui/use-error-text';

const NO_DETAILS_ERRORS: DetailsErrors = { shipping: {}, billing: {} };

/** `hostedPayment`: the shopper pays in commercetools Checkout's UI, not with "Place order" (hosted-payment.ts). */
export function useCheckoutState({ locale, country, hostedPayment }: { locale: string; country: string; hostedPayment: boolean }) {
  const t = useTranslations('Checkout');
  const errorText = useErrorText();
  const fieldTexts = useFieldTexts();
  const router = useRouter();

  const [cart, setCart] = useState<Cart | null>(null);
  const [loadFailed, setLoadFailed] = useState<ApiFailure | null>(null);
  const [step, setStep] = useState<CheckoutStep>('details');

  const [email, setEmail] = useState('');
  const [shipping, setShipping] = useState<AddressInput>(EMPTY_ADDRESS);
  const [billingSame, setBillingSame] = useState(true);
  const [billing, setBilling] = useState<AddressInput>(EMPTY_ADDRESS);
  const [savedAddresses, setSavedAddresses] = useState<AccountAddress[]>([]);
  const [detailsErrors, setDetailsErrors] = useState<DetailsErrors>(NO_DETAILS_ERRORS);
  const [savingDetails, setSavingDetails] = useState(false);

  const [methods, setMethods] = useState<ShippingMethodOption[] | null>(null);
  const [methodId, setMethodId] = useState('');
  const [savingMethod, setSavingMethod] = useState(false);

  const [simulateDecline, setSimulateDecline] = useState(false);
  const [placing, setPlacing] = useState(false);
  const placingRef = useRef(false);
  const attempt = useRef(new OrderAttempt(newIdempotencyKey));

  const [notice, setNotice] = useState<CheckoutNotice | null>(null);
  /** A declined payment, shown (and focused) beside "Place order"; a new object per decline. */
  const [declined, setDeclined] = useState<{ text: string } | null>(null);
  const headings = useRef<Partial<Record<CheckoutStep, HTMLHeadingElement | null>>>({});

  const focusStep = useCallback((next: CheckoutStep) => {
    setStep(next);
    // After React rendered the step: its heading takes focus, so keyboard and screen reader users land there.
    requestAnimationFrame(() => headings.current[next]?.focus());
  }, []);

  /** The ref callback for a step's heading (the element `focusStep` focuses). */
  const stepHeadingRef = (name: CheckoutStep) => (el: HTMLHeadingElement | null) => {
    headings.current[name] = el;
  };

  /** A new cart from the server: shown as is; anything the order would be made of may have changed. */
  const acceptCart = useCallback((next: Cart) => {
    setCart(next);
    announceCartUpdate(next.itemCount);
    attempt.current.reset();
    return next;
  }, []);

  const loadMethods = useCallback(
    async (current: Cart | null) => {
      setMethods(null);
      const result = await shopApi.getShippingMethods();
      if (!result.ok) {
        setMethods([]);
        setNotice({ tone: 'error', text: errorText(result) });
        return;
      }
      const list = result.body.shippingMethods;
      setMethods(list);
      const chosen = current?.shippingMethod?.id;
      setMethodId(list.find((m) => m.id === chosen)?.id ?? list.find((m) => m.isDefault)?.id ?? list[0]?.id ?? '');
    },
    [errorText],
  );

  /** Signed-in shoppers: their saved addresses, and (`fill`) their email and default addresses when the cart has none yet. */
  const prefillFromAccount = useCallback(async (fill: boolean) => {
    const prefill = await accountPrefill(country);
    setSavedAddresses(prefill.addresses);
    if (!fill) return;
    const { email: accountEmail, shipping: accountShipping, billing: accountBilling } = prefill;
    if (accountEmail) setEmail((current) => current || accountEmail);
    if (accountShipping) setShipping((current) => (isBlankAddress(current) ? accountShipping : current));
    if (accountBilling) {
      setBilling((current) => (isBlankAddress(current) ? accountBilling : current));
      setBillingSame(false);
    }
  }, [country]);

  const start = useCallback(
    (result: ApiResult<Cart>) => {
      if (!result.ok) {
        setLoadFailed(result);
        return;
      }
      setLoadFailed(null);
      const loaded = acceptCart(result.body);
      setEmail(loaded.email ?? '');
      const shippingInput = addressInputOf(loaded.shippingAddress);
      setShipping(shippingInput);
      const billingInput = addressInputOf(loaded.billingAddress);
      const differs = Boolean(loaded.billingAddress) && !sameAddress(shippingInput, billingInput);
      setBillingSame(!differs);
      setBilling(differs ? billingInput : EMPTY_ADDRESS);
      const open = loaded.lineItems.length ? firstOpenStep(loaded) : 'details';
      setStep(open);
      if (open !== 'details') void loadMethods(loaded);
      if (loaded.lineItems.length) void prefillFromAccount(!loaded.email || !loaded.shippingAddress);
    },
    [acceptCart, loadMethods, prefillFromAccount],
  );

  // The cart is read once per visit: a re-created callback must never re-run it (that would reset
  // what the shopper typed), so the effect calls the latest `start` through a ref.
  const startRef = useRef(start);
  useEffect(() => {
    startRef.current = start;
  }, [start]);
  useEffect(() => {
    const controller = new AbortController();
    shopApi.getCart(controller.signal)
      .then((result) => startRef.current(result))
      .catch(() => undefined);
    return () => controller.abort();
  }, []);

  async function reloadCart(): Promise<Cart | null> {
    const result = await shopApi.getCart();
    return result.ok ? acceptCart(result.body) : null;
  }

  async function saveDetails(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (savingDetails) return;
    const required = t('required');
    const errors: DetailsErrors = { shipping: {}, billing: {} };
    if (!email.trim()) errors.email = required;
    for (const name of missingAddressFields(shipping)) errors.shipping[name] = required;
    if (!billingSame) for (const name of missingAddressFields(billing)) errors.billing[name] = required;
    if (errors.email || Object.keys(errors.shipping).length || Object.keys(errors.billing).length) {
      setDetailsErrors(errors);
      setNotice({ tone: 'error', text: t('fixFields') });
      focusFirstInvalid(form);
      return;
    }
    setSavingDetails(true);
    setNotice(null);
    const result = await shopApi.setCheckoutDetails({
      email: email.trim(),
      shippingAddress: addressBody(shipping, country),
      ...(billingSame ? {} : { billingAddress: addressBody(billing, country) }),
    });
    setSavingDetails(false);
    if (!result.ok) {
      setDetailsErrors({
        email: fieldErrorsUnder(fieldTexts(result)).email,
        shipping: fieldErrorsUnder(fieldTexts(result), 'shippingAddress'),
        billing: fieldErrorsUnder(fieldTexts(result), 'billingAddress'),
      });
      if (result.status === 409) await reloadCart();
      setNotice({ tone: 'error', text: Object.keys(result.fields).length ? t('fixFields') : result.status === 409 ? t('changed') : errorText(result) });
      focusFirstInvalid(form);
      return;
    }
    setDetailsErrors(NO_DETAILS_ERRORS);
    const saved = acceptCart(result.body);
    void loadMethods(saved);
    focusStep('shipping');
  }

  async function saveMethod(event: FormEvent) {
    event.preventDefault();
    if (savingMethod || !methodId) return;
    setSavingMethod(true);
    setNotice(null);
    const result = await shopApi.setShippingMethod(methodId);
    setSavingMethod(false);
    if (!result.ok) {
      if (result.status === 409) await reloadCart();
      setNotice({ tone: 'error', text: result.status === 409 ? t('changed') : errorText(result) });
      return;
    }
    acceptCart(result.body);
    focusStep('review');
  }

  function editShipping() {
    if (!methods) void loadMethods(cart);
    focusStep('shipping');
  }

  function chooseSimulateDecline(decline: boolean) {
    setSimulateDecline(decline);
    // Another outcome is another attempt.
    attempt.current.reset();
  }

  function showConfirmation(orderId: string) {
    announceCartUpdate(0);
    // Stays "placing" (button disabled) until the confirmation page is there.
    router.push(`/${locale}/checkout/confirmation/${encodeURIComponent(orderId)}`);
  }

  function stopPlacing() {
    placingRef.current = false;
    setPlacing(false);
  }

  async function placeOrder() {
    // A second click while the first is on its way does nothing (and would reuse the same key).
    if (placingRef.current) return;
    placingRef.current = true;
    setPlacing(true);
    setNotice(null);
    setDeclined(null);
    if (hostedPayment) return payHosted();
    const key = attempt.current.current();
    const result = await shopApi.placeOrder(key, simulateDecline ? { testOutcome: 'decline' } : {});
    attempt.current.settle(result.status);
    if (result.ok) return showConfirmation(result.body.order.id);
    stopPlacing();
    await showOrderFailure(result);
  }

  /** commercetools Checkout (hosted-payment.ts): the shopper pays in its window over this page. */
  function payHosted() {
    return payInCheckout(locale, async (end) => {
      if (end.kind === 'ordered') return showConfirmation(end.orderId);
      stopPlacing();
      if (end.kind === 'refused' && !end.confirming) return showOrderFailure(end.failure);
      const current = await reloadCart();
      if (end.kind === 'refused') setNotice({ tone: 'error', text: errorText(end.failure), testId: 'payment-unconfirmed' });
      else if (end.reason === 'failed') setNotice({ tone: 'error', text: t('paymentFailed'), testId: 'payment-failed' });
      else if (end.reason === 'declined' && current) setDeclined({ text: t('declined') });
      else setNotice({ tone: 'info', text: t('paymentCancelled'), testId: 'payment-cancelled' });
    });
  }

  /** What a refused order or payment session means for the shopper, and where it sends them. */
  async function showOrderFailure(result: ApiFailure) {
    if (result.status === 402) {
      const current = await reloadCart();
      if (current) setDeclined({ text: t('declined') });
      else setNotice({ tone: 'error', text: t('declinedNoCart'), testId: 'payment-declined' });
      return;
    }
    if (result.status === 409) {
      const current = await reloadCart();
      setNotice({ tone: 'error', text: t('changed') });
      if (current) focusStep(firstOpenStep(current));
      return;
    }
    if (result.status === 422 || result.status === 400) {
      const current = await reloadCart();
      const fields = fieldTexts(result);
      if (Object.keys(fields).length) {
        setDetailsErrors({
          email: fieldErrorsUnder(fields).email,
          shipping: fieldErrorsUnder(fields, 'shippingAddress'),
          billing: fieldErrorsUnder(fields, 'billingAddress'),
        });
      }
      setNotice({ tone: 'error', text: result.reason || result.message ? errorText(result) : t('missingInfo') });
      if (current) focusStep(firstOpenStep(current));
      return;
    }
    // The answer got lost or the server could not finish: the next click retries the same attempt.
    setNotice({ tone: 'error', text: `${errorText(result)} ${t('retrySafe')}` });
  }

  const details: DetailsState = { email, setEmail, shipping, setShipping, billingSame, setBillingSame, billing, setBilling, savedAddresses, errors: detailsErrors, saving: savingDetails, save: saveDetails };
  const shippingMethod: ShippingMethodState = { methods, methodId, setMethodId, saving: savingMethod, save: saveMethod, edit: editShipping };
  const review: ReviewState = { simulateDecline, setSimulateDecline: chooseSimulateDecline, placing, placeOrder, declined };

  return { cart, loadFailed, step, notice, focusStep, stepHeadingRef, details, shippingMethod, review };
}
