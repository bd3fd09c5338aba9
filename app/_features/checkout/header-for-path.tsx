'use client';
// Which header a page of the market layout shows: the checkout page gets the slim checkout header,
// every other page the site header. Both are rendered on the server (shared HTML, nothing per
// shopper); the path picks one, also across client navigations. The site header lives in the
// market layout, which every page shares, so a nested layout alone could not take it away.
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/** `/{locale}/checkout`, not its confirmation pages (they lead on to shopping). */
function isCheckoutPath(pathname: string): boolean {
  return /^\/[^/]+\/checkout\/?$/.test(pathname);
}

export function HeaderForPath({ checkout, children }: { checkout: ReactNode; children: ReactNode }) {
  return isCheckoutPath(usePathname()) ? checkout : children;
}
