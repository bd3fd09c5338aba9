'use client';
// The not-found view of an order page: an unknown order id and someone else's order look the same.
import { useLocale, useTranslations } from 'next-intl';
import { marketForTag } from '@/lib/i18n/locale';
import { NotFoundContent } from '../not-found-content';

export function OrderNotFound() {
  const market = marketForTag(useLocale());
  const t = useTranslations('Order');
  const tn = useTranslations('NotFound');
  const header = useTranslations('Header');
  return (
    <NotFoundContent
      locale={market.locale}
      title={t('notFoundTitle')}
      body={t('notFoundBody')}
      home={tn('home')}
      searchIntro={tn('search')}
      searchLabel={header('searchLabel')}
      searchPlaceholder={header('searchPlaceholder')}
      searchSubmit={header('searchSubmit')}
    />
  );
}
