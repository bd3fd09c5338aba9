'use client';
// Keeps the header and navigation: this boundary sits inside the market layout.
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { marketForTag } from '@/lib/i18n/locale';

export default function MarketError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('Errors');
  const market = marketForTag(useLocale());
  const router = useRouter();
  const [retrying, startRetry] = useTransition();
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold tracking-tight">{t('title')}</h1>
      <p className="mt-3 text-slate-600">{t('body')}</p>
      <div className="mt-8 flex flex-wrap items-center justify-center gap-4">
        <button
          type="button"
          disabled={retrying}
          // Server errors need fresh server data: refresh, then re-render the boundary's children.
          onClick={() => startRetry(() => {
            router.refresh();
            reset();
          })}
          className="rounded-md bg-slate-900 px-5 py-2.5 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60"
        >
          {t('retry')}
        </button>
        <Link href={`/${market.locale}`} className="text-sm font-medium text-slate-900 underline underline-offset-4">
          {t('home')}
        </Link>
      </div>
    </div>
  );
}
