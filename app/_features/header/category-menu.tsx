'use client';
// The category navigation: one disclosure per top-level category (a button with aria-expanded that
// shows its subcategories), not a hover menu. Escape closes and returns focus; leaving the menu or
// following a link closes it.
import { useTranslations } from 'next-intl';
import { IntentLink as Link } from '@/app/_ui/intent-link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CategoryNode } from '@/lib/types';

export function CategoryMenu({ categories, locale }: { categories: CategoryNode[]; locale: string }) {
  const t = useTranslations('Header');
  const pathname = usePathname();
  // The page the shopper is on, marked in the server's HTML already: the HTML cache renders each
  // page under its own URL (docs/adr/0012-cacheable-catalog-html-with-hashed-scripts.md), so nothing
  // changes when the page hydrates (no second render of the menu, and it shows without JavaScript).
  const current = pathname;
  // Open state belongs to one page: navigating elsewhere closes the menu without an effect.
  const [open, setOpen] = useState<{ id: string; path: string } | null>(null);
  const openId = open?.path === pathname ? open.id : null;
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const nav = useRef<HTMLElement>(null);
  const row = useRef<HTMLUListElement>(null);

  // The current category in view in the scrolling row (only the row scrolls, never the page).
  useEffect(() => {
    const list = row.current;
    const item = list?.querySelector<HTMLElement>('[data-current]');
    if (!list || !item || list.scrollWidth <= list.clientWidth) return;
    const start = item.offsetLeft - list.offsetLeft;
    if (start < list.scrollLeft || start + item.offsetWidth > list.scrollLeft + list.clientWidth) list.scrollLeft = Math.max(0, start - 16);
  }, [current]);

  // A click or tap anywhere else closes the open menu (blur alone misses browsers that do not focus
  // buttons on click).
  useEffect(() => {
    if (!openId) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!nav.current?.contains(event.target as Node)) setOpen(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [openId]);

  function toggle(id: string) {
    setOpen(openId === id ? null : { id, path: pathname });
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && openId) {
      buttons.current.get(openId)?.focus();
      setOpen(null);
    }
  }

  if (categories.length === 0) return null;

  return (
    <nav
      ref={nav}
      aria-label={t('categoriesLabel')}
      className="relative border-t border-slate-100"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(null);
      }}
    >
      {/* One row that scrolls sideways on small screens (no wrapping onto a second row, no
          scrollbar drawn over the links); the current category is scrolled into view. */}
      <ul
        ref={row}
        className="mx-auto flex max-w-6xl flex-nowrap gap-x-1 overflow-x-auto overscroll-x-contain px-4 py-1.5 [scrollbar-width:none] sm:px-6 [&::-webkit-scrollbar]:hidden"
        data-testid="category-nav"
      >
        {categories.map((category) => {
          const href = `/${locale}/c/${category.slug}`;
          const active = current === href || category.children.some((child) => current === `/${locale}/c/${child.slug}`);
          const base = `inline-flex items-center gap-1 whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium hover:bg-slate-100 ${
            active ? 'text-slate-900 underline decoration-2 underline-offset-8' : 'text-slate-700'
          }`;
          if (category.children.length === 0) {
            return (
              <li key={category.id} className="shrink-0" data-current={active || undefined}>
                <Link href={href} className={base} aria-current={current === href ? 'page' : undefined}>
                  {category.name}
                </Link>
              </li>
            );
          }
          const expanded = openId === category.id;
          const panelId = `category-menu-${category.id}`;
          return (
            <li key={category.id} className="shrink-0" data-current={active || undefined}>
              <button
                ref={(element) => {
                  if (element) buttons.current.set(category.id, element);
                  else buttons.current.delete(category.id);
                }}
                type="button"
                aria-expanded={expanded}
                aria-controls={panelId}
                onClick={() => toggle(category.id)}
                className={base}
              >
                {category.name}
                <svg aria-hidden="true" viewBox="0 0 20 20" className={`h-4 w-4 transition-transform ${expanded ? 'rotate-180' : ''}`} fill="currentColor">
                  <path fillRule="evenodd" d="M5.23 7.21a.75.75 0 0 1 1.06.02L10 11.06l3.71-3.83a.75.75 0 1 1 1.08 1.04l-4.25 4.39a.75.75 0 0 1-1.08 0L5.21 8.27a.75.75 0 0 1 .02-1.06Z" clipRule="evenodd" />
                </svg>
              </button>
              <div
                id={panelId}
                hidden={!expanded}
                className="absolute inset-x-0 top-full z-20 border-y border-slate-200 bg-white shadow-lg"
              >
                <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-2 gap-y-1 px-2 py-4 sm:px-4">
                  <li>
                    <Link
                      href={href}
                      onClick={() => setOpen(null)}
                      aria-current={current === href ? 'page' : undefined}
                      className="block rounded-md px-3 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100"
                    >
                      {t('shopAll', { category: category.name })}
                    </Link>
                  </li>
                  {category.children.map((child) => {
                    const childHref = `/${locale}/c/${child.slug}`;
                    return (
                      <li key={child.id}>
                        <Link
                          href={childHref}
                          onClick={() => setOpen(null)}
                          aria-current={current === childHref ? 'page' : undefined}
                          className="block rounded-md px-3 py-2 text-sm text-slate-700 hover:bg-slate-100 hover:text-slate-900"
                        >
                          {child.name}
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </div>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
