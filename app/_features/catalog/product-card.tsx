import { IntentLink as Link } from '@/app/_ui/intent-link';
import type { ProductImage, ProductSummary } from '@/lib/types';
import { CatalogImage } from '../../_ui/catalog-image';
import { WishlistToggle } from '../wishlist/wishlist-toggle';
import { Price } from './price';

export type ProductCardLabels = { soldOut: string; from: (price: string) => string; noPrice: string; originalPrice: string };

const SIZES = '(min-width: 1024px) 280px, (min-width: 640px) 33vw, 50vw';

/** The picture shown on hover: the lead variant's second image, else another colour's first. */
function hoverImage(product: ProductSummary, lead: ProductImage | null): ProductImage | null {
  if (!lead) return null;
  const images = product.variants.flatMap((variant) => variant.images);
  const start = images.findIndex((image) => image.url === lead.url);
  const next = start >= 0 && images[start + 1]?.url !== lead.url ? images[start + 1] : undefined;
  return next ?? images.find((image) => image.url !== lead.url) ?? null;
}

/**
 * One product in a grid. The name is the link; its ::after covers the card so the whole card is
 * clickable while the image keeps its own alt text. With a colour filter active, the card shows and
 * links to that colour.
 */
export function ProductCard({
  product,
  locale,
  intlLocale,
  labels,
  color,
  preload = false,
}: {
  product: ProductSummary;
  locale: string;
  intlLocale: string;
  labels: ProductCardLabels;
  color?: string;
  preload?: boolean;
}) {
  const colored = color ? product.variants.find((variant) => variant.attributes.color?.key === color) : undefined;
  const image = colored?.images[0] ?? product.image;
  const href = `/${locale}/p/${product.slug}${colored ? `?color=${encodeURIComponent(color!)}` : ''}`;
  const soldOut = product.variants.length > 0 && product.variants.every((variant) => !variant.available);
  const prices = product.variants.map((variant) => variant.price?.centAmount).filter((amount) => amount !== undefined);
  const varies = new Set(prices).size > 1;
  const second = hoverImage(product, image);

  return (
    <article className="group relative flex flex-col" data-testid="product-card">
      <div className="relative aspect-square overflow-hidden rounded-lg bg-slate-100">
        {image ? (
          <CatalogImage
            src={image.url}
            alt={image.alt || product.name}
            width={image.width}
            height={image.height}
            sizes={SIZES}
            preload={preload}
            className="h-full w-full object-cover transition duration-300 group-hover:scale-[1.03]"
          />
        ) : null}
        {second ? (
          // CSS only: the second picture fades in over the first on hover (lazy: it is never the LCP).
          <CatalogImage
            src={second.url}
            alt=""
            width={second.width}
            height={second.height}
            sizes={SIZES}
            loading="lazy"
            className="absolute inset-0 h-full w-full object-cover opacity-0 transition-opacity duration-300 group-hover:opacity-100"
            data-testid="product-card-hover-image"
          />
        ) : null}
        {soldOut && (
          <span className="absolute left-2 top-2 rounded-full bg-white/95 px-2.5 py-1 text-xs font-semibold text-slate-900 shadow-sm">
            {labels.soldOut}
          </span>
        )}
        <WishlistToggle productId={product.id} name={product.name} className="absolute right-2 top-2 z-10" />
      </div>
      <h3 className="mt-3 text-sm font-medium text-slate-900">
        <Link href={href} className="after:absolute after:inset-0 after:content-[''] group-hover:underline" data-testid="product-link">
          {product.name}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-slate-700">
        {product.price ? (
          <Price
            price={product.price}
            original={product.originalPrice}
            intlLocale={intlLocale}
            originalLabel={labels.originalPrice}
            text={varies ? labels.from : undefined}
            testId="product-price"
          />
        ) : (
          <span data-testid="product-price">{labels.noPrice}</span>
        )}
      </p>
    </article>
  );
}
