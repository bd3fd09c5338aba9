// Words for the shop's refusals (lib/shop/errors.ts): one catalogue, namespace ShopErrors of
// ./messages/*.json, read by the API (English, lib/http/errors.ts) and by the UI (the page's language).
import { createTranslator } from 'next-intl';
import en from './messages/en.json';
import type { FieldReason, ReasonParams, ShopReason } from '@/lib/shop/errors';

const english = createTranslator({ locale: 'en', messages: en, namespace: 'ShopErrors' });

/** The English text of a reason, as the API's `message` and field messages carry it. */
export function englishShopMessage(reason: ShopReason | FieldReason, params: ReasonParams = {}): string {
  return english(reason, params);
}
