'use client';
// A thin bar at the top of the window while a client navigation takes longer than ~300 ms (a
// quick one shows nothing). A navigation starts with a link click the app router took over (the
// click's default was prevented by <Link>), a back/forward step, or a NAVIGATION_START event
// (router.push callers); it ends when the URL the page renders changes. No route has a loading.tsx
// (a streamed fallback delays a phone's paint, docs/adr/0013-catalog-pages-paint-before-they-hydrate.md),
// so the old page stays on screen during every navigation and this bar is its feedback. Plain DOM
// updates, no re-renders; under prefers-reduced-motion the bar stands still.
import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useRef } from 'react';

/** Dispatched on window by code that navigates with router.push (catalog-navigation.tsx). */
export const NAVIGATION_START = 'storefront:navigation-start';

const SHOW_AFTER_MS = 300;
/** A navigation that never ends the usual way (same URL, an error page) hides the bar after this. */
const GIVE_UP_MS = 15_000;

function isClientNavigation(event: MouseEvent): boolean {
  if (!event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self')) return false;
  const url = new URL(link.href, window.location.href);
  return url.origin === window.location.origin && url.pathname + url.search !== window.location.pathname + window.location.search;
}

export function NavigationProgress({ label }: { label: string }) {
  const bar = useRef<HTMLDivElement>(null);
  const timers = useRef<number[]>([]);
  const pathname = usePathname();
  const search = useSearchParams().toString();

  useEffect(() => {
    const stop = () => {
      for (const timer of timers.current) window.clearTimeout(timer);
      timers.current = [];
      if (bar.current) bar.current.hidden = true;
    };
    const start = () => {
      stop();
      timers.current = [
        window.setTimeout(() => {
          if (bar.current) bar.current.hidden = false;
        }, SHOW_AFTER_MS),
        window.setTimeout(stop, GIVE_UP_MS),
      ];
    };
    // Window listeners run after React's (on the document), so <Link> has decided by then.
    const onClick = (event: MouseEvent) => {
      if (isClientNavigation(event)) start();
    };
    window.addEventListener('click', onClick);
    window.addEventListener('popstate', start);
    window.addEventListener(NAVIGATION_START, start);
    return () => {
      stop();
      window.removeEventListener('click', onClick);
      window.removeEventListener('popstate', start);
      window.removeEventListener(NAVIGATION_START, start);
    };
  }, []);

  // The rendered URL changed: the navigation is done.
  useEffect(() => {
    for (const timer of timers.current) window.clearTimeout(timer);
    timers.current = [];
    if (bar.current) bar.current.hidden = true;
  }, [pathname, search]);

  return (
    <div ref={bar} hidden role="progressbar" aria-label={label} className="fixed inset-x-0 top-0 z-[60] h-0.5 overflow-hidden bg-blue-100" data-testid="navigation-progress">
      <div className="h-full w-2/5 bg-blue-700 animate-[navigation-progress_1.1s_ease-in-out_infinite] motion-reduce:w-full motion-reduce:animate-none" />
    </div>
  );
}
