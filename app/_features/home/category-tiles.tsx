import { IntentLink as Link } from '@/app/_ui/intent-link';
import type { Market } from '@/lib/markets';
import type { CategoryNode } from '@/lib/types';
import { CatalogImage } from '../../_ui/catalog-image';
import { loadCategoryImage } from '../catalog/load';

/** The top-level categories as picture tiles; each picture is the category's first product's. */
export async function CategoryTiles({ categories, market, headingId }: { categories: CategoryNode[]; market: Market; headingId: string }) {
  const images = await Promise.all(categories.map((category) => loadCategoryImage(market, category.id)));
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-5" data-testid="category-tree" aria-labelledby={headingId}>
      {categories.map((category, index) => {
        const image = images[index];
        return (
          <li key={category.id}>
            <Link href={`/${market.locale}/c/${category.slug}`} className="group block" data-testid="category-tile">
              <span className="block aspect-[4/5] overflow-hidden rounded-xl bg-slate-100">
                {image ? (
                  <CatalogImage
                    src={image.url}
                    // The category's name below says where the tile leads.
                    alt=""
                    width={image.width}
                    height={image.height}
                    sizes="(min-width: 1024px) 210px, (min-width: 640px) 33vw, 50vw"
                    className="h-full w-full object-cover transition duration-300 group-hover:scale-[1.03]"
                  />
                ) : null}
              </span>
              <span className="mt-2 block font-medium text-slate-900 group-hover:underline">{category.name}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
