'use client';
// Recently viewed products on the product page. Kept in this browser only (localStorage, one list
// per market, at most MAX_RECENTLY_VIEWED): public catalog data (id, slug, name, image), nothing
// about the shopper, and nothing is sent to our server. Entries that do not look like ours are dropped.
import { useTranslations } from 'next-intl';
import { IntentLink as Link } from '@/app/_ui/intent-link';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { MAX_RECENTLY_VIEWED } from '@/lib/shop/wishlist/limits';
import type { ProductImage } from '@/lib/types';
import { CatalogImage } from '../../_ui/catalog-image';

type Viewed = { id: string; slug: string; name: string; image: ProductImage | null };

const storageKey = (locale: string) => `recently-viewed:${locale}`;

function isViewed(value: unknown): value is Viewed {
  const entry = value as Partial<Viewed> | null;
  const image = entry?.image as Partial<ProductImage> | null | undefined;
  return (
    typeof entry?.id === 'string' &&
    typeof entry.name === 'string' &&
    typeof entry.slug === 'string' &&
    /^[A-Za-z0-9_-]{1,256}$/.test(entry.slug) &&
    (image === null ||
      (typeof image?.url === 'string' && /^(\/(?!\/)|https:\/\/)/.test(image.url) && typeof image.alt === 'string' && typeof image.width === 'number' && typeof image.height === 'number'))
  );
}

function parseViewed(raw: string | null): Viewed[] {
  try {
    const parsed: unknown = JSON.parse(raw ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isViewed).slice(0, MAX_RECENTLY_VIEWED) : [];
  } catch {
    return []; // not ours
  }
}

function storedRaw(locale: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(locale));
  } catch {
    return null; // storage off (private mode)
  }
}

/** Another tab's views show up too; the server and the first render know nothing. */
const subscribe = (listener: () => void) => {
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
};

export function RecentlyViewed({ product, locale }: { product: Viewed; locale: string }) {
  const t = useTranslations('Wishlist');
  const { id, slug, name, image } = product;
  const raw = useSyncExternalStore(subscribe, () => storedRaw(locale), () => null);
  const others = useMemo(() => parseViewed(raw).filter((entry) => entry.id !== id), [raw, id]);

  useEffect(() => {
    const earlier = parseViewed(storedRaw(locale)).filter((entry) => entry.id !== id);
    try {
      window.localStorage.setItem(storageKey(locale), JSON.stringify([{ id, slug, name, image }, ...earlier].slice(0, MAX_RECENTLY_VIEWED)));
    } catch {
      // storage full or off: nothing to remember
    }
  }, [locale, id, slug, name, image]);

  if (others.length === 0) return null;
  return (
    <section className="mt-16 border-t border-slate-200 pt-10" aria-labelledby="recently-viewed" data-testid="recently-viewed">
      <h2 id="recently-viewed" className="text-lg font-semibold text-slate-900">
        {t('recentlyViewed')}
      </h2>
      <ul className="mt-4 grid grid-cols-3 gap-4 sm:grid-cols-4 lg:grid-cols-7">
        {others.map((entry) => (
          <li key={entry.id}>
            <Link href={`/${locale}/p/${entry.slug}`} className="group block text-sm text-slate-900">
              <span className="block aspect-square overflow-hidden rounded-md bg-slate-100">
                {entry.image && (
                  <CatalogImage src={entry.image.url} alt="" width={entry.image.width} height={entry.image.height} sizes="120px" className="h-full w-full object-cover" />
                )}
              </span>
              <span className="mt-2 block group-hover:underline">{entry.name}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
