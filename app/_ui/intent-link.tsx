'use client';
// next/link that prefetches on intent instead of on sight. Catalog and header link lists (product
// grids, category menu and tree, footer, breadcrumbs, pagination, filter chips) put dozens of links
// in view, and every catalog page is a dynamic route: a viewport prefetch is a server render of that
// route plus RSC parsing on the phone's busy main thread, for links the shopper mostly never
// follows (the home page fired 27). Pointer over, keyboard focus or a touch start is the intent; a
// prefetch started then is usually done before the click lands. Same props as next/link.
import Link from 'next/link';
import { useState, type ComponentProps } from 'react';

type LinkProps = Omit<ComponentProps<typeof Link>, 'prefetch'>;

export function IntentLink({ onMouseEnter, onFocus, onTouchStart, ...props }: LinkProps) {
  const [intent, setIntent] = useState(false);
  return (
    <Link
      {...props}
      // null: Next's default prefetch, from the moment of intent on (the link is in view then).
      prefetch={intent ? null : false}
      onMouseEnter={(event) => {
        setIntent(true);
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
    />
  );
}
