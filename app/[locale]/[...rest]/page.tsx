import { notFound } from 'next/navigation';

// Any other path inside a market is a 404 rendered by the market's not-found page (with the header),
// rather than the bare root one.
export default function UnknownMarketPath() {
  notFound();
}
