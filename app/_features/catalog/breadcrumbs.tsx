import { IntentLink as Link } from '@/app/_ui/intent-link';

export type Crumb = { name: string; href: string };

/** The trail to the current page; the last item is the page itself (aria-current, not a link). */
export function Breadcrumbs({ label, items, current }: { label: string; items: Crumb[]; current: string }) {
  return (
    <nav aria-label={label} className="text-sm text-slate-600">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {items.map((item) => (
          <li key={item.href} className="flex items-center gap-2">
            <Link href={item.href} className="hover:text-slate-900 hover:underline">
              {item.name}
            </Link>
            <span aria-hidden="true" className="text-slate-500">
              /
            </span>
          </li>
        ))}
        <li>
          <span aria-current="page" className="font-medium text-slate-900">
            {current}
          </span>
        </li>
      </ol>
    </nav>
  );
}
