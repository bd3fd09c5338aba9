'use client';
// Checkout on one page, in three steps: contact and addresses, shipping method, review and place
// order. Every step saves to the cart through the API and shows the cart the server answered with;
// the review's totals are the cart's. "Place order" sends one Idempotency-Key per attempt (see
// order-attempt.ts) and cannot run twice at once.
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { formatMoney } from '@/lib/format';
import { announceCartUpdate } from '../cart-events';
import { AddressFields, type AddressErrors } from './address-fields';
import { addressBody, addressInputOf, EMPTY_ADDRESS, isBlankAddress, missingAddressFields, type AddressInput } from './address-input';
import { AddressView } from './address-view';
import { api, getCart, type ApiFailure, type ApiResult } from './api';
import { fieldErrorsUnder } from './errors';
import { Notice, primaryButton, TextField } from './form-controls';
import { parseAddressBook, parseCart, parseOrder, parseProfile, parseSession, parseShippingMethods } from './normalize';
import { focusFirstInvalid } from './navigation';
import { newIdempotencyKey, OrderAttempt } from './order-attempt';
import { OrderLines } from './order-lines';
import { CartSkeleton } from './cart-page';
import { CHECKOUT_STEPS, firstOpenStep, type CheckoutStep } from './checkout-steps';
import { Totals } from './totals';
import type { CartView, ShippingOptionView } from './types';
import { useErrorText } from './use-error-text';

type Step = CheckoutStep;
const STEPS = CHECKOUT_STEPS;

type DetailsErrors = { email?: string; shipping: AddressErrors; billing: AddressErrors };
const NO_DETAILS_ERRORS: DetailsErrors = { shipping: {}, billing: {} };

function sameAddress(a: AddressInput, b: AddressInput): boolean {
  return (Object.keys(a) as Array<keyof AddressInput>).every((key) => a[key].trim() === b[key].trim());
}

export function CheckoutPage({ locale, country, testPayments }: { locale: string; country: string; testPayments: boolean }) {
  const t = useTranslations('Checkout');
  const tc = useTranslations('Cart');
  const ta = useTranslations('Address');
  const intlLocale = useLocale();
  const errorText = useErrorText();
  const router = useRouter();

  const [cart, setCart] = useState<CartView | null>(null);
  const [loadFailed, setLoadFailed] = useState<ApiFailure | null>(null);
  const [step, setStep] = useState<Step>('details');

  const [email, setEmail] = useState('');
  const [shipping, setShipping] = useState<AddressInput>(EMPTY_ADDRESS);
  const [billingSame, setBillingSame] = useState(true);
  const [billing, setBilling] = useState<AddressInput>(EMPTY_ADDRESS);
  const [detailsErrors, setDetailsErrors] = useState<DetailsErrors>(NO_DETAILS_ERRORS);
  const [savingDetails, setSavingDetails] = useState(false);

  const [methods, setMethods] = useState<ShippingOptionView[] | null>(null);
  const [methodId, setMethodId] = useState('');
  const [savingMethod, setSavingMethod] = useState(false);

  const [simulateDecline, setSimulateDecline] = useState(false);
  const [placing, setPlacing] = useState(false);
  const placingRef = useRef(false);
  const attempt = useRef(new OrderAttempt(newIdempotencyKey));

  const [notice, setNotice] = useState<{ tone: 'error' | 'info'; text: string; testId?: string } | null>(null);
  const headings = useRef<Partial<Record<Step, HTMLHeadingElement | null>>>({});

  const focusStep = useCallback((next: Step) => {
    setStep(next);
    // After React rendered the step: its heading takes focus, so keyboard and screen reader users land there.
    requestAnimationFrame(() => headings.current[next]?.focus());
  }, []);

  /** A new cart from the server: shown as is; anything the order would be made of may have changed. */
  const acceptCart = useCallback((body: unknown) => {
    const next = parseCart(body);
    setCart(next);
    announceCartUpdate(next.itemCount);
    attempt.current.reset();
    return next;
  }, []);

  const loadMethods = useCallback(
    async (current: CartView | null) => {
      setMethods(null);
      const result = await api('GET', '/api/checkout/shipping-methods');
      if (!result.ok) {
        setMethods([]);
        setNotice({ tone: 'error', text: errorText(result) });
        return;
      }
      const list = parseShippingMethods(result.body);
      setMethods(list);
      const chosen = current?.shippingMethod?.id;
      setMethodId(list.find((m) => m.id === chosen)?.id ?? list.find((m) => m.isDefault)?.id ?? list[0]?.id ?? '');
    },
    [errorText],
  );

  /** Signed-in shoppers: their email and default addresses, when the cart has none yet. */
  const prefillFromAccount = useCallback(async () => {
    const session = await api('GET', '/api/session');
    if (!session.ok || !parseSession(session.body).customer) return;
    const [account, book] = await Promise.all([api('GET', '/api/account'), api('GET', '/api/account/addresses')]);
    const profile = account.ok ? parseProfile(account.body) : null;
    if (profile?.email) setEmail((current) => current || profile.email);
    if (!book.ok) return;
    const addresses = parseAddressBook(book.body);
    const inMarket = addresses.addresses.filter((a) => a.country === country);
    const shippingDefault = inMarket.find((a) => a.id === addresses.defaultShippingAddressId) ?? inMarket[0];
    const billingDefault = inMarket.find((a) => a.id === addresses.defaultBillingAddressId);
    if (shippingDefault) setShipping((current) => (isBlankAddress(current) ? addressInputOf(shippingDefault) : current));
    if (billingDefault && shippingDefault && billingDefault.id !== shippingDefault.id) {
      setBilling((current) => (isBlankAddress(current) ? addressInputOf(billingDefault) : current));
      setBillingSame(false);
    }
  }, [country]);

  const start = useCallback(
    (result: ApiResult) => {
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
      if (loaded.lineItems.length && (!loaded.email || !loaded.shippingAddress)) void prefillFromAccount();
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
    getCart(controller.signal)
      .then((result) => startRef.current(result))
      .catch(() => undefined);
    return () => controller.abort();
  }, []);

  async function reloadCart(): Promise<CartView | null> {
    const result = await getCart();
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
    const result = await api('PUT', '/api/checkout/details', {
      body: {
        email: email.trim(),
        shippingAddress: addressBody(shipping, country),
        ...(billingSame ? {} : { billingAddress: addressBody(billing, country) }),
      },
    });
    setSavingDetails(false);
    if (!result.ok) {
      setDetailsErrors({
        email: fieldErrorsUnder(result.fields).email,
        shipping: fieldErrorsUnder(result.fields, 'shippingAddress'),
        billing: fieldErrorsUnder(result.fields, 'billingAddress'),
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
    const result = await api('PUT', '/api/checkout/shipping-method', { body: { shippingMethodId: methodId } });
    setSavingMethod(false);
    if (!result.ok) {
      if (result.status === 409) await reloadCart();
      setNotice({ tone: 'error', text: result.status === 409 ? t('changed') : errorText(result) });
      return;
    }
    acceptCart(result.body);
    focusStep('review');
  }

  async function placeOrder() {
    // A second click while the first is on its way does nothing (and would reuse the same key).
    if (placingRef.current) return;
    placingRef.current = true;
    setPlacing(true);
    setNotice(null);
    const key = attempt.current.current();
    const result = await api('POST', '/api/checkout/order', {
      body: simulateDecline ? { testOutcome: 'decline' } : {},
      headers: { 'Idempotency-Key': key },
    });
    attempt.current.settle(result.status);
    if (result.ok) {
      const order = parseOrder(result.body);
      announceCartUpdate(0);
      if (order) {
        // Stays "placing" (button disabled) until the confirmation page is there.
        router.push(`/${locale}/checkout/confirmation/${encodeURIComponent(order.id)}`);
        return;
      }
    }
    placingRef.current = false;
    setPlacing(false);
    if (result.ok) {
      setNotice({ tone: 'error', text: t('orderUnreadable') });
      return;
    }
    if (result.status === 402) {
      const current = await reloadCart();
      setNotice({ tone: 'error', text: current ? t('declined') : t('declinedNoCart'), testId: 'payment-declined' });
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
      const fields = result.fields;
      if (Object.keys(fields).length) {
        setDetailsErrors({
          email: fieldErrorsUnder(fields).email,
          shipping: fieldErrorsUnder(fields, 'shippingAddress'),
          billing: fieldErrorsUnder(fields, 'billingAddress'),
        });
      }
      setNotice({ tone: 'error', text: result.message || t('missingInfo') });
      if (current) focusStep(firstOpenStep(current));
      return;
    }
    // The answer got lost or the server could not finish: the next click retries the same attempt.
    setNotice({ tone: 'error', text: `${errorText(result)} ${t('retrySafe')}` });
  }

  if (!cart) {
    if (loadFailed) {
      return (
        <div className="space-y-4">
          <h1 className="text-3xl font-semibold tracking-tight">{t('title')}</h1>
          <Notice tone="error">{errorText(loadFailed)}</Notice>
        </div>
      );
    }
    return <CartSkeleton label={tc('loading')} />;
  }

  if (cart.lineItems.length === 0) {
    return (
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">{t('title')}</h1>
        {notice ? (
          <div className="mt-4">
            <Notice tone={notice.tone} testId={notice.testId}>
              {notice.text}
            </Notice>
          </div>
        ) : null}
        <div className="mt-8 rounded-lg border border-slate-200 p-8 text-center" data-testid="checkout-empty">
          <p className="text-lg font-medium text-slate-900">{tc('empty')}</p>
          <Link href={`/${locale}`} className={`${primaryButton} mt-6`}>
            {tc('continueShopping')}
          </Link>
        </div>
      </div>
    );
  }

  const stepIndex = STEPS.indexOf(step);
  const method = cart.shippingMethod;

  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-semibold tracking-tight">{t('title')}</h1>
        <Link href={`/${locale}/cart`} className="text-sm font-medium text-slate-900 underline underline-offset-4">
          {t('backToCart')}
        </Link>
      </div>
      <ol className="mt-6 flex flex-wrap gap-x-6 gap-y-2 text-sm" aria-label={t('progress')}>
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined} className={s === step ? 'font-semibold text-slate-900' : i < stepIndex ? 'text-slate-700' : 'text-slate-600'}>
            <span aria-hidden="true">{i + 1}. </span>
            {t(`steps.${s}`)}
            {i < stepIndex ? <span className="sr-only"> ({t('done')})</span> : null}
          </li>
        ))}
      </ol>
      {notice ? (
        <div className="mt-4">
          <Notice tone={notice.tone} testId={notice.testId ?? 'checkout-notice'}>
            {notice.text}
          </Notice>
        </div>
      ) : null}

      <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <StepSection
            step="details"
            index={1}
            title={t('steps.details')}
            current={step}
            headingRef={(el) => {
              headings.current.details = el;
            }}
            onEdit={() => focusStep('details')}
            editLabel={t('edit', { step: t('steps.details') })}
            summary={
              cart.email && cart.shippingAddress ? (
                <div className="grid gap-4 sm:grid-cols-3">
                  <div>
                    <h3 className="text-sm font-medium text-slate-900">{t('email')}</h3>
                    <p className="mt-1 break-all text-sm text-slate-700">{cart.email}</p>
                  </div>
                  <div>
                    <h3 className="text-sm font-medium text-slate-900">{t('shippingAddress')}</h3>
                    <AddressView address={cart.shippingAddress} />
                  </div>
                  <div>
                    <h3 className="text-sm font-medium text-slate-900">{t('billingAddress')}</h3>
                    {cart.billingAddress && !sameAddress(addressInputOf(cart.billingAddress), addressInputOf(cart.shippingAddress)) ? (
                      <AddressView address={cart.billingAddress} />
                    ) : (
                      <p className="mt-1 text-sm text-slate-700">{t('sameAsShipping')}</p>
                    )}
                  </div>
                </div>
              ) : null
            }
          >
            <form onSubmit={saveDetails} noValidate className="space-y-8" data-testid="details-form">
              <fieldset>
                <legend className="text-base font-semibold text-slate-900">{t('contact')}</legend>
                <TextField
                  className="mt-4 max-w-md"
                  label={t('email')}
                  name="email"
                  type="email"
                  required
                  autoComplete="email"
                  value={email}
                  onChange={(event) => setEmail(event.target.value)}
                  error={detailsErrors.email}
                  hint={t('emailHint')}
                  disabled={savingDetails}
                />
              </fieldset>
              <AddressFields
                legend={t('shippingAddress')}
                idPrefix="shipping"
                section="shipping"
                value={shipping}
                onChange={setShipping}
                errors={detailsErrors.shipping}
                country={country}
                disabled={savingDetails}
              />
              <fieldset>
                <legend className="text-base font-semibold text-slate-900">{t('billingAddress')}</legend>
                <div className="mt-3 space-y-2">
                  <label className="flex items-center gap-2 text-sm text-slate-900">
                    <input type="radio" name="billing-same" checked={billingSame} onChange={() => setBillingSame(true)} disabled={savingDetails} className="h-4 w-4" />
                    {t('sameAsShipping')}
                  </label>
                  <label className="flex items-center gap-2 text-sm text-slate-900">
                    <input type="radio" name="billing-same" checked={!billingSame} onChange={() => setBillingSame(false)} disabled={savingDetails} className="h-4 w-4" />
                    {t('differentBilling')}
                  </label>
                </div>
              </fieldset>
              {!billingSame && (
                <AddressFields
                  legend={t('billingAddressDetails')}
                  idPrefix="billing"
                  section="billing"
                  value={billing}
                  onChange={setBilling}
                  errors={detailsErrors.billing}
                  country={country}
                  disabled={savingDetails}
                />
              )}
              <button type="submit" className={primaryButton} disabled={savingDetails}>
                {savingDetails ? t('saving') : t('continueToShipping')}
              </button>
            </form>
          </StepSection>

          <StepSection
            step="shipping"
            index={2}
            title={t('steps.shipping')}
            current={step}
            headingRef={(el) => {
              headings.current.shipping = el;
            }}
            onEdit={() => {
              if (!methods) void loadMethods(cart);
              focusStep('shipping');
            }}
            editLabel={t('edit', { step: t('steps.shipping') })}
            summary={
              method ? (
                <p className="text-sm text-slate-700" data-testid="shipping-summary">
                  {method.name}
                  {cart.shipping ? ` · ${formatMoney(cart.shipping, intlLocale)}` : ''}
                </p>
              ) : null
            }
          >
            <form onSubmit={saveMethod} className="space-y-6" data-testid="shipping-form">
              {methods === null ? (
                <p role="status" className="text-sm text-slate-600">
                  {t('loadingMethods')}
                </p>
              ) : methods.length === 0 ? (
                <Notice tone="info">{t('noMethods')}</Notice>
              ) : (
                <fieldset>
                  <legend className="text-base font-semibold text-slate-900">{t('shippingMethod')}</legend>
                  <div className="mt-3 space-y-3">
                    {methods.map((option) => (
                      <label
                        key={option.id}
                        className={`flex cursor-pointer items-start gap-3 rounded-lg border p-4 ${methodId === option.id ? 'border-slate-900 bg-slate-50' : 'border-slate-200'}`}
                        data-testid="shipping-method"
                      >
                        <input
                          type="radio"
                          name="shipping-method"
                          value={option.id}
                          checked={methodId === option.id}
                          onChange={() => setMethodId(option.id)}
                          disabled={savingMethod}
                          className="mt-0.5 h-4 w-4"
                        />
                        <span className="flex-1">
                          <span className="flex justify-between gap-4">
                            <span className="text-sm font-medium text-slate-900">{option.name}</span>
                            <span className="text-sm tabular-nums text-slate-900" data-testid="shipping-method-price">
                              {option.price ? (option.price.centAmount === 0 ? t('free') : formatMoney(option.price, intlLocale)) : ''}
                            </span>
                          </span>
                          {option.description ? <span className="mt-1 block text-sm text-slate-600">{option.description}</span> : null}
                        </span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              )}
              <button type="submit" className={primaryButton} disabled={savingMethod || !methodId}>
                {savingMethod ? t('saving') : t('continueToReview')}
              </button>
            </form>
          </StepSection>

          <StepSection
            step="review"
            index={3}
            title={t('steps.review')}
            current={step}
            headingRef={(el) => {
              headings.current.review = el;
            }}
          >
            <div className="space-y-6" data-testid="review">
              <OrderLines lines={cart.lineItems} locale={locale} label={t('items')} />
              {testPayments && (
                <fieldset className="rounded-lg border border-dashed border-slate-300 p-4">
                  <legend className="px-1 text-sm font-semibold text-slate-900">{t('payment')}</legend>
                  <p className="text-sm text-slate-700">{t('testPayment')}</p>
                  <label className="mt-3 flex items-center gap-2 text-sm text-slate-900">
                    <input
                      type="checkbox"
                      checked={simulateDecline}
                      onChange={(event) => {
                        setSimulateDecline(event.target.checked);
                        // Another outcome is another attempt.
                        attempt.current.reset();
                      }}
                      disabled={placing}
                      className="h-4 w-4"
                      data-testid="simulate-decline"
                    />
                    {t('simulateDecline')}
                  </label>
                </fieldset>
              )}
              <button type="button" className={`${primaryButton} w-full sm:w-auto`} disabled={placing} onClick={() => void placeOrder()} data-testid="place-order">
                {placing ? t('placing') : t('placeOrder')}
              </button>
              <p className="text-xs text-slate-600">{t('placeOrderNote')}</p>
            </div>
          </StepSection>
        </div>

        <aside aria-labelledby="checkout-summary-heading" className="h-fit rounded-lg bg-slate-50 p-6">
          <h2 id="checkout-summary-heading" className="text-lg font-semibold">
            {tc('summary')}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{tc('itemCount', { count: cart.itemCount })}</p>
          {cart.discountCodes.length > 0 && (
            <p className="mt-2 text-sm text-slate-700">
              {t('codes')}: {cart.discountCodes.map((c) => c.code).join(', ')}
            </p>
          )}
          <div className="mt-4">
            <Totals totals={cart} pendingLabel={ta('notYet')} />
          </div>
        </aside>
      </div>
    </div>
  );
}

function StepSection({
  step,
  index,
  title,
  current,
  headingRef,
  onEdit,
  editLabel,
  summary,
  children,
}: {
  step: Step;
  index: number;
  title: string;
  current: Step;
  headingRef: (el: HTMLHeadingElement | null) => void;
  onEdit?: () => void;
  editLabel?: string;
  summary?: ReactNode;
  children: ReactNode;
}) {
  const t = useTranslations('Checkout');
  const open = step === current;
  const done = STEPS.indexOf(step) < STEPS.indexOf(current);
  const id = `checkout-step-${step}`;
  return (
    <section aria-labelledby={id} className={`rounded-lg border p-6 ${open ? 'border-slate-300' : 'border-slate-200'}`} data-testid={`step-${step}`} data-open={open}>
      <div className="flex items-baseline justify-between gap-4">
        <h2 id={id} ref={headingRef} tabIndex={-1} className={`text-lg font-semibold ${open || done ? 'text-slate-900' : 'text-slate-600'}`}>
          <span aria-hidden="true">{index}. </span>
          {title}
        </h2>
        {done && onEdit ? (
          <button type="button" onClick={onEdit} className="text-sm font-medium text-slate-900 underline underline-offset-4" aria-label={editLabel}>
            {t('change')}
          </button>
        ) : null}
      </div>
      {open ? <div className="mt-6">{children}</div> : done && summary ? <div className="mt-4">{summary}</div> : null}
    </section>
  );
}
