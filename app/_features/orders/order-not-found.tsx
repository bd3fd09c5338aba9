'use client';
// The not-found view of an order page: an unknown order id and someone else's order look the same.
import { useTranslations } from 'next-intl';
import { NotFoundContent } from '../../_ui/not-found-content';

export function OrderNotFound() {
  const t = useTranslations('Order');
  return <NotFoundContent title={t('notFoundTitle')} body={t('notFoundBody')} />;
}
