'use client';

// Keeps the header and navigation: this boundary sits inside the market layout.
export default function MarketError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="py-16 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-slate-600">We could not load this page. Please try again.</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-slate-900 px-4 py-2 text-white">
        Try again
      </button>
    </div>
  );
}
