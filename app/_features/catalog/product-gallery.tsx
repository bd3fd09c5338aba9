'use client';
// The product's images: one large image (preloaded: it is the page's largest paint) and thumbnails
// that switch it. Remounted per variant (key), so a new colour starts at its first image.
import { useState } from 'react';
import type { ProductImage } from '@/lib/types';
import { CatalogImage } from '../../_ui/catalog-image';

export function ProductGallery({ images, name, label, thumbLabels }: { images: ProductImage[]; name: string; label: string; thumbLabels: string[] }) {
  const [index, setIndex] = useState(0);
  const current = images[index] ?? images[0];
  return (
    <section aria-label={label} data-testid="gallery">
      <div className="overflow-hidden rounded-xl bg-slate-100">
        {current ? (
          <CatalogImage
            src={current.url}
            alt={current.alt || name}
            width={current.width}
            height={current.height}
            preload={index === 0}
            sizes="(min-width: 1152px) 560px, (min-width: 768px) 50vw, 100vw"
            className="aspect-square h-auto w-full object-cover"
          />
        ) : (
          <div className="aspect-square" />
        )}
      </div>
      {images.length > 1 && (
        <ul className="mt-4 flex gap-3">
          {images.map((image, i) => (
            <li key={`${image.url}-${i}`}>
              <button
                type="button"
                onClick={() => setIndex(i)}
                aria-pressed={i === index}
                aria-label={thumbLabels[i]}
                className={`block overflow-hidden rounded-lg border-2 ${i === index ? 'border-slate-900' : 'border-transparent hover:border-slate-300'}`}
              >
                <CatalogImage src={image.url} alt="" width={80} height={80} sizes="80px" className="h-20 w-20 object-cover" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
