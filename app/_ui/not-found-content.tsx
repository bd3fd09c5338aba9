'use client';
// The not-found body (both not-found files render it inside <MarketProviders>): a client component
// so it reads the market and its strings from that provider; not-found files get no params. A page
// kind with its own wording (an order) passes title and body.
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { marketForTag } from '@/lib/i18n/locale';
import { SearchForm } from '../_features/header/search-form';

export function NotFoundContent({ title, body }: { title?: string; body?: string }) {
  const { locale } = marketForTag(useLocale());
  const t = useTranslations('NotFound');
  const header = useTranslations('Header');
  return (
    <div className="mx-auto max-w-xl py-16 text-center" data-testid="not-found">
      <p className="text-sm font-semibold text-slate-600">404</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">{title ?? t('title')}</h1>
      <p className="mt-3 text-slate-600">{body ?? t('body')}</p>
      <p className="mt-8">
        <Link href={`/${locale}`} className="rounded-md bg-slate-900 px-5 py-2.5 text-sm font-medium text-white hover:bg-slate-700">
          {t('home')}
        </Link>
      </p>
      <p className="mt-10 text-sm text-slate-600">{t('search')}</p>
      <div className="mx-auto mt-3 max-w-sm">
        <SearchForm
          locale={locale}
          id="not-found-search"
          label={header('searchLabel')}
          placeholder={header('searchPlaceholder')}
          submit={header('searchSubmit')}
          formLabel={t('search')}
        />
      </div>
    </div>
  );
}
