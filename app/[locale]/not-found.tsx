'use client';
// A client component so it can read the market from the layout's provider: not-found files get no
// params. The layout (header, navigation, footer) stays around it.
import { useLocale, useTranslations } from 'next-intl';
import { NotFoundContent } from '@/app/_components/not-found-content';
import { marketForTag } from '@/lib/i18n/locale';

export default function MarketNotFound() {
  const market = marketForTag(useLocale());
  const t = useTranslations('NotFound');
  const header = useTranslations('Header');
  return (
    <NotFoundContent
      locale={market.locale}
      title={t('title')}
      body={t('body')}
      home={t('home')}
      searchIntro={t('search')}
      searchLabel={header('searchLabel')}
      searchPlaceholder={header('searchPlaceholder')}
      searchSubmit={header('searchSubmit')}
    />
  );
}
