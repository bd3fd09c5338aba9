'use client';
// One cart or order line's picture, name (linking to the product) and SKU.
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { CatalogImage } from '../../_ui/catalog-image';
import { productHref } from '../../_ui/paths';
import type { CartLineItem } from '@/lib/types';

export function LineImage({ line, size = 80 }: { line: CartLineItem; size?: number }) {
  return (
    <div className="shrink-0 overflow-hidden rounded-md bg-slate-100" style={{ width: size, height: size }}>
      {line.image ? (
        <CatalogImage
          src={line.image.url}
          // The name next to it says what it is: the picture is decorative.
          alt=""
          width={line.image.width || size}
          height={line.image.height || size}
          sizes={`${size}px`}
          className="h-full w-full object-cover"
        />
      ) : null}
    </div>
  );
}

export function LineAttributes({ line }: { line: CartLineItem }) {
  const t = useTranslations('Cart');
  return (
    <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-sm text-slate-600" data-testid="line-attributes">
      {line.sku ? (
        <div>
          <dt className="inline">{t('sku')}: </dt>
          {/* A SKU is one token: it moves to the next line whole rather than breaking inside. */}
          <dd className="inline whitespace-nowrap text-slate-800">{line.sku}</dd>
        </div>
      ) : null}
    </dl>
  );
}

export function LineName({ line, locale }: { line: CartLineItem; locale: string }) {
  const href = productHref(locale, line.slug);
  return href ? (
    <Link href={href} className="font-medium text-slate-900 hover:underline" data-testid="line-name">
      {line.name}
    </Link>
  ) : (
    <span className="font-medium text-slate-900" data-testid="line-name">
      {line.name}
    </span>
  );
}
