import Link from 'next/link';
import './globals.css';

// Not-found for paths outside any market (the market pages have their own).
export default function NotFound() {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-slate-900">
        <main className="mx-auto max-w-3xl px-6 py-24 text-center">
          <h1 className="text-2xl font-semibold">Page not found</h1>
          <p className="mt-4">
            <Link className="text-blue-700 underline" href="/">
              Go to the store
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
