'use client';
// The wishlist page: the saved products in the market's prices, each with add to cart (one item)
// and remove. The first paint is the list the server read through the shop domain (when it could);
// every change goes through the wishlist API and its answer replaces the list, here and in the
// hearts' shared store.
import { useLocale, useTranslations } from 'next-intl';
import { IntentLink as Link } from '@/app/_ui/intent-link';
import { useEffect, useState } from 'react';
import * as shopApi from '@/lib/api-client';
import { formatMoney } from '@/lib/format';
import type { Wishlist, WishlistItem } from '@/lib/types';
import { CatalogImage } from '../../_ui/catalog-image';
import { Notice, primaryButton, secondaryButton } from '../../_ui/form-controls';
import { useErrorText } from '../../_ui/use-error-text';
import { announceCartUpdate } from '../cart/cart-events';
import { sessionReady } from '../header/session-store';
import { acceptWishlist } from './wishlist-store';

type Message = { tone: 'error' | 'success'; text: string } | null;

export function WishlistPage({ locale, initialWishlist }: { locale: string; initialWishlist?: Wishlist }) {
  const t = useTranslations('Wishlist');
  const errorText = useErrorText();
  const [list, setList] = useState<Wishlist | null>(initialWishlist ?? null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);

  useEffect(() => {
    if (initialWishlist) {
      acceptWishlist(initialWishlist);
      return;
    }
    void shopApi.getWishlist().then((result) => {
      if (!result.ok) return setFailed(true);
      setList(result.body);
      acceptWishlist(result.body);
    });
  }, [initialWishlist]);

  async function run(item: WishlistItem, action: 'remove' | 'cart') {
    if (busy) return;
    setBusy(item.id);
    setMessage(null);
    try {
      await sessionReady();
      if (action === 'remove') {
        const result = await shopApi.removeWishlistItem(item.id);
        if (!result.ok) return setMessage({ tone: 'error', text: errorText(result) });
        setList(result.body);
        acceptWishlist(result.body);
        setMessage({ tone: 'success', text: t('removed') });
      } else if (item.sku) {
        const result = await shopApi.addLineItem(item.sku, 1);
        if (!result.ok) return setMessage({ tone: 'error', text: errorText(result) });
        announceCartUpdate(result.body.itemCount);
        setMessage({ tone: 'success', text: t('addedToCart', { name: item.name }) });
      }
    } catch {
      setMessage({ tone: 'error', text: t('error') });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="space-y-6" data-testid="wishlist-page">
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900">{t('title')}</h1>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {failed ? (
        <Notice tone="error">{t('loadError')}</Notice>
      ) : !list ? (
        <p className="text-slate-700" role="status">
          {t('loading')}
        </p>
      ) : !list.enabled ? (
        <p className="text-slate-700" data-testid="wishlist-unavailable">
          {t('unavailable')}
        </p>
      ) : list.items.length === 0 ? (
        <div className="space-y-4" data-testid="wishlist-empty">
          <p className="text-slate-700">{t('empty')}</p>
          <Link href={`/${locale}`} className={primaryButton}>
            {t('browse')}
          </Link>
        </div>
      ) : (
        <>
          <p className="text-sm text-slate-700">{t('count', { count: list.itemCount })}</p>
          <ul className="divide-y divide-slate-200 border-y border-slate-200">
            {list.items.map((item) => (
              <WishlistRow key={item.id} item={item} locale={locale} busy={busy === item.id} onRemove={() => run(item, 'remove')} onAddToCart={() => run(item, 'cart')} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function WishlistRow({ item, locale, busy, onRemove, onAddToCart }: { item: WishlistItem; locale: string; busy: boolean; onRemove: () => void; onAddToCart: () => void }) {
  const t = useTranslations('Wishlist');
  const intlLocale = useLocale();
  return (
    <li className="flex gap-4 py-4" data-testid="wishlist-item">
      <div className="h-24 w-24 shrink-0 overflow-hidden rounded-md bg-slate-100">
        {item.image && <CatalogImage src={item.image.url} alt={item.image.alt || item.name} width={item.image.width} height={item.image.height} sizes="96px" className="h-full w-full object-cover" />}
      </div>
      <div className="flex flex-1 flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h2 className="font-medium text-slate-900">
            {item.slug ? (
              <Link href={`/${locale}/p/${item.slug}`} className="hover:underline">
                {item.name}
              </Link>
            ) : (
              item.name
            )}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{item.price ? formatMoney(item.price, intlLocale) : t('noPrice')}</p>
        </div>
        <div className="flex gap-2">
          <button type="button" className={primaryButton} disabled={busy || !item.available} onClick={onAddToCart}>
            {item.available ? t('addToCart') : t('notAvailable')}
          </button>
          <button type="button" className={secondaryButton} disabled={busy} onClick={onRemove} aria-label={t('removeItem', { name: item.name })}>
            {t('remove')}
          </button>
        </div>
      </div>
    </li>
  );
}
