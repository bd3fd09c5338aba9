import { IntentLink as Link } from '@/app/_ui/intent-link';
import { pageItems } from './catalog-url';

export type PaginationLabels = {
  nav: string;
  previous: string;
  next: string;
  previousPage: string;
  nextPage: string;
  page: (page: number) => string;
  status: string;
};

/** Page links (every page reachable: first, last, current and neighbours, gaps in between). */
export function Pagination({
  page,
  pages,
  href,
  labels,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
  labels: PaginationLabels;
}) {
  if (pages <= 1) return null;
  const linkClass = 'inline-flex h-10 min-w-10 items-center justify-center rounded-md px-3 text-sm font-medium';
  return (
    <nav aria-label={labels.nav} className="mt-12 flex flex-col items-center gap-3" data-testid="pagination">
      <ul className="flex flex-wrap items-center justify-center gap-1">
        <li>
          {page > 1 ? (
            <Link href={href(page - 1)} rel="prev" aria-label={labels.previousPage} className={`${linkClass} text-slate-700 hover:bg-slate-100`}>
              <span aria-hidden="true">←</span>&nbsp;{labels.previous}
            </Link>
          ) : (
            <span className={`${linkClass} text-slate-500`} aria-hidden="true">
              ←&nbsp;{labels.previous}
            </span>
          )}
        </li>
        {pageItems(page, pages).map((item, index) =>
          item === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-slate-500">
              …
            </li>
          ) : (
            <li key={item}>
              <Link
                href={href(item)}
                aria-label={labels.page(item)}
                aria-current={item === page ? 'page' : undefined}
                className={`${linkClass} ${item === page ? 'bg-slate-900 text-white' : 'text-slate-700 hover:bg-slate-100'}`}
              >
                {item}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pages ? (
            <Link href={href(page + 1)} rel="next" aria-label={labels.nextPage} className={`${linkClass} text-slate-700 hover:bg-slate-100`}>
              {labels.next}&nbsp;<span aria-hidden="true">→</span>
            </Link>
          ) : (
            <span className={`${linkClass} text-slate-500`} aria-hidden="true">
              {labels.next}&nbsp;→
            </span>
          )}
        </li>
      </ul>
      <p className="text-sm text-slate-600">{labels.status}</p>
    </nav>
  );
}
