// The cart page's loading state (the same outline as the page).
export function CartSkeleton({ label }: { label: string }) {
  const block = 'animate-pulse rounded-md bg-slate-100';
  return (
    <div role="status" aria-live="polite" data-testid="loading">
      <span className="sr-only">{label}</span>
      <div aria-hidden="true">
        <div className={`${block} h-9 w-48`} />
        <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_22rem]">
          <div className="space-y-6">
            {Array.from({ length: 2 }, (_, i) => (
              <div key={i} className="flex gap-4">
                <div className={`${block} h-24 w-24`} />
                <div className="flex-1 space-y-2">
                  <div className={`${block} h-5 w-1/2`} />
                  <div className={`${block} h-4 w-1/3`} />
                </div>
              </div>
            ))}
          </div>
          <div className={`${block} h-64`} />
        </div>
      </div>
    </div>
  );
}
