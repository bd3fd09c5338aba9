'use client';
// Loading skeletons (loading.tsx and Suspense fallbacks). Client components only for the label:
// loading files get no params, and the provider above knows the market's language.
import { useTranslations } from 'next-intl';

function LoadingLabel() {
  const t = useTranslations('Loading');
  return <span className="sr-only">{t('label')}</span>;
}

const block = 'animate-pulse rounded-md bg-slate-100';

function ProductGridSkeleton({ count = 6, columns = 'grid-cols-2 sm:grid-cols-3' }: { count?: number; columns?: string }) {
  return (
    <ul className={`grid gap-x-4 gap-y-8 sm:gap-x-6 ${columns}`} aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <li key={i}>
          <div className={`${block} aspect-square rounded-lg`} />
          <div className={`${block} mt-3 h-4 w-3/4`} />
          <div className={`${block} mt-2 h-4 w-1/3`} />
        </li>
      ))}
    </ul>
  );
}

export function ListingSkeleton({ withHeading = true }: { withHeading?: boolean }) {
  return (
    <div role="status" aria-live="polite" data-testid="loading">
      <LoadingLabel />
      {withHeading && (
        <div aria-hidden="true">
          <div className={`${block} h-4 w-40`} />
          <div className={`${block} mt-6 h-8 w-64`} />
          <div className={`${block} mt-3 h-4 w-full max-w-xl`} />
        </div>
      )}
      <div className="mt-8 grid gap-8 lg:grid-cols-[15rem_1fr]" aria-hidden="true">
        <div className="hidden space-y-3 lg:block">
          {Array.from({ length: 8 }, (_, i) => (
            <div key={i} className={`${block} h-5`} />
          ))}
        </div>
        <div>
          <div className={`${block} mb-6 h-9`} />
          <ProductGridSkeleton />
        </div>
      </div>
    </div>
  );
}
