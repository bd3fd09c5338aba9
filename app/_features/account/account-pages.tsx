'use client';
// The account area: navigation, profile with sign-out, and order history. The first paint comes
// from the server (the page reads through the shop domain); without it, the client reads the
// account and orders APIs with the session cookie. A 401 (signed out meanwhile) goes to sign-in.
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useState, type ReactNode } from 'react';
import { formatMoney } from '@/lib/format';
import * as shopApi from '@/lib/api-client';
import type { ApiFailure, ApiResult } from '@/lib/api-client';
import { Notice, secondaryButton } from '../../_ui/form-controls';
import { useOrderStatusLabel } from '../orders/order-details';
import { formatOrderDate } from '../orders/order-status';
import { reloadInto, toLogin } from '../../_ui/navigation';
import type { CustomerProfile, Order } from '@/lib/types';
import { useErrorText } from '../../_ui/use-error-text';

export function AccountNav({ locale }: { locale: string }) {
  const t = useTranslations('Account');
  const pathname = usePathname();
  const items = [
    { href: `/${locale}/account`, label: t('profile'), exact: true },
    { href: `/${locale}/account/orders`, label: t('orders'), exact: false },
    { href: `/${locale}/account/addresses`, label: t('addresses'), exact: false },
    { href: `/${locale}/account/security`, label: t('security'), exact: false },
    { href: `/${locale}/account/agents`, label: t('agents'), exact: false },
  ];
  return (
    <nav aria-label={t('navLabel')} className="mb-8 border-b border-slate-200">
      <ul className="-mb-px flex gap-6 text-sm">
        {items.map((item) => {
          const current = item.exact ? pathname === item.href : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={`inline-block border-b-2 pb-3 ${current ? 'border-slate-900 font-semibold text-slate-900' : 'border-transparent text-slate-700 hover:text-slate-900'}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

type AccountData<T> = { kind: 'loading' } | { kind: 'loaded'; value: T } | { kind: 'failed'; failure: ApiFailure };

/** The server's first paint when there is one; otherwise one read in the browser. */
function useAccountData<T>(locale: string, read: (signal: AbortSignal) => Promise<ApiResult<T>>, initial: T | undefined) {
  const [state, setState] = useState<AccountData<T>>(initial === undefined ? { kind: 'loading' } : { kind: 'loaded', value: initial });
  const needsRead = initial === undefined;
  useEffect(() => {
    if (!needsRead) return;
    const controller = new AbortController();
    read(controller.signal)
      .then((result) => {
        if (result.ok) setState({ kind: 'loaded', value: result.body });
        else if (result.status === 401) toLogin(locale);
        else setState({ kind: 'failed', failure: result });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [locale, read, needsRead]);
  return state;
}

const readOrders = async (signal: AbortSignal): Promise<ApiResult<Order[]>> => {
  const result = await shopApi.getOrders(signal);
  return result.ok ? { ...result, body: result.body.orders } : result;
};

function Loading({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" data-testid="loading">
      <span className="sr-only">{label}</span>
      <div aria-hidden="true" className="space-y-3">
        <div className="h-6 w-1/3 animate-pulse rounded-md bg-slate-100" />
        <div className="h-4 w-1/2 animate-pulse rounded-md bg-slate-100" />
        <div className="h-4 w-1/4 animate-pulse rounded-md bg-slate-100" />
      </div>
    </div>
  );
}

/** An account section: its heading, then loading, the failure, or what `children` make of the data. */
function AccountSection<T>({
  id,
  title,
  state,
  children,
  after,
}: {
  id: string;
  title: string;
  state: AccountData<T>;
  children: (value: T) => ReactNode;
  after?: ReactNode;
}) {
  const t = useTranslations('Account');
  const errorText = useErrorText();
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      <div className="mt-4">
        {state.kind === 'loading' ? (
          <Loading label={t('loading')} />
        ) : state.kind === 'failed' ? (
          <Notice tone="error">{errorText(state.failure)}</Notice>
        ) : (
          children(state.value)
        )}
      </div>
      {after}
    </section>
  );
}

export function AccountOverview({ locale, initialProfile }: { locale: string; initialProfile?: CustomerProfile }) {
  const t = useTranslations('Account');
  const errorText = useErrorText();
  const state = useAccountData<CustomerProfile>(locale, shopApi.getAccount, initialProfile);
  const [signingOut, setSigningOut] = useState(false);
  const [signOutError, setSignOutError] = useState<string | null>(null);

  async function signOut() {
    setSigningOut(true);
    setSignOutError(null);
    const result = await shopApi.signOut();
    if (result.ok || result.status === 401) {
      reloadInto(`/${locale}`);
      return;
    }
    setSigningOut(false);
    setSignOutError(errorText(result));
  }

  return (
    <AccountSection
      id="profile-heading"
      title={t('profile')}
      state={state}
      after={
        <>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href={`/${locale}/account/orders`} className={secondaryButton}>
              {t('viewOrders')}
            </Link>
            <Link href={`/${locale}/account/addresses`} className={secondaryButton}>
              {t('manageAddresses')}
            </Link>
            <button type="button" className={secondaryButton} onClick={() => void signOut()} disabled={signingOut} data-testid="sign-out">
              {signingOut ? t('signingOut') : t('signOut')}
            </button>
          </div>
          {signOutError ? (
            <div className="mt-4">
              <Notice tone="error">{signOutError}</Notice>
            </div>
          ) : null}
        </>
      }
    >
      {(profile) => (
        <dl className="grid max-w-lg grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm" data-testid="profile">
          <dt className="text-slate-600">{t('name')}</dt>
          <dd className="text-slate-900" data-testid="profile-name">
            {[profile.firstName, profile.lastName].filter(Boolean).join(' ')}
          </dd>
          <dt className="text-slate-600">{t('email')}</dt>
          <dd className="break-all text-slate-900" data-testid="profile-email">
            {profile.email}
          </dd>
        </dl>
      )}
    </AccountSection>
  );
}

export function OrderHistory({ locale, initialOrders }: { locale: string; initialOrders?: Order[] }) {
  const t = useTranslations('Account');
  const intlLocale = useLocale();
  const statusLabel = useOrderStatusLabel();
  const state = useAccountData<Order[]>(locale, readOrders, initialOrders);

  return (
    <AccountSection id="orders-heading" title={t('orders')} state={state}>
      {(orders) =>
        orders.length === 0 ? (
          <div className="rounded-lg border border-slate-200 p-6" data-testid="orders-empty">
            <p className="text-slate-700">{t('noOrders')}</p>
            <Link href={`/${locale}`} className="mt-3 inline-block text-sm font-medium text-slate-900 underline underline-offset-4">
              {t('startShopping')}
            </Link>
          </div>
        ) : (
          <div className="relative overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="orders-table">
              <caption className="sr-only">{t('ordersCaption')}</caption>
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-4 font-medium">
                    {t('orderNumber')}
                  </th>
                  <th scope="col" className="hidden py-2 pr-4 font-medium sm:table-cell">
                    {t('date')}
                  </th>
                  <th scope="col" className="hidden py-2 pr-4 font-medium sm:table-cell">
                    {t('status')}
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right font-medium">
                    {t('total')}
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    <span className="sr-only">{t('details')}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {orders.map((order) => {
                  const number = order.orderNumber ?? order.id;
                  return (
                    <tr key={order.id} data-testid="order-row" data-order-id={order.id}>
                      <th scope="row" className="py-3 pr-4 font-medium text-slate-900">
                        <span data-testid="order-row-number">{number}</span>
                        {/* Small screens: date and status under the number (their columns are hidden). */}
                        <span className="mt-0.5 block text-xs font-normal text-slate-600 sm:hidden">
                          {[formatOrderDate(order.createdAt, intlLocale), statusLabel(order.state)].filter(Boolean).join(' · ')}
                        </span>
                      </th>
                      <td className="hidden py-3 pr-4 text-slate-700 sm:table-cell">{formatOrderDate(order.createdAt, intlLocale)}</td>
                      <td className="hidden py-3 pr-4 text-slate-700 sm:table-cell">{statusLabel(order.state)}</td>
                      <td className="py-3 pr-4 text-right tabular-nums text-slate-900" data-testid="order-row-total">
                        {formatMoney(order.total, intlLocale)}
                      </td>
                      <td className="py-3 text-right">
                        <Link
                          href={`/${locale}/account/orders/${encodeURIComponent(order.id)}`}
                          className="font-medium text-slate-900 underline underline-offset-4"
                          aria-label={t('viewOrder', { number })}
                        >
                          {t('view')}
                        </Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )
      }
    </AccountSection>
  );
}
