import Link from 'next/link';

export default function MarketNotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-4">
        <Link className="text-blue-700 underline" href="/">
          Back to the store
        </Link>
      </p>
    </div>
  );
}
