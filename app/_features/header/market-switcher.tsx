'use client';
// Market switcher: remembers the market in the session (lib/api-client.ts setMarket), then opens the
// same page in the new market. The links are real links, so they also work before hydration.
import { useTranslations } from 'next-intl';
import { usePathname } from 'next/navigation';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { setMarket } from '@/lib/api-client';
import { MARKET_LOCALES, marketFor, type MarketLocale } from '@/lib/markets';
import { useAlternatePaths } from '../../_ui/alternates';
import { marketHref } from '../../_ui/market-paths';

export function MarketSwitcher({ current }: { current: MarketLocale }) {
  const t = useTranslations('MarketSwitcher');
  const pathname = usePathname();
  const alternates = useAlternatePaths();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState<MarketLocale | null>(null);
  /** Cart lines the new market has no price for: shown before leaving, so nothing vanishes silently. */
  const [unmoved, setUnmoved] = useState<{ target: MarketLocale; href: string; names: string[]; codes: string[] } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);
  const panelId = useId();
  const currentMarket = marketFor(current);

  async function switchTo(event: MouseEvent<HTMLAnchorElement>, target: MarketLocale) {
    // New tab, new window: let the browser follow the plain link.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    if (target === current) {
      setOpen(false);
      return;
    }
    setPending(target);
    const href = marketHref(window.location.pathname, window.location.search, target, alternates);
    try {
      const result = await setMarket(target);
      // A refusal or an unreadable answer moves nothing: navigate as if no line were left behind.
      const left = result.ok ? (result.body?.unmoved ?? []) : [];
      const codes = result.ok ? (result.body?.unmovedCodes ?? []) : [];
      if (left.length || codes.length) {
        setPending(null);
        setUnmoved({ target, href, names: left.map((line) => line.name), codes });
        return;
      }
    } catch {
      // The page's market comes from its URL: navigate even if the session could not be updated.
    }
    window.location.assign(href);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      setOpen(false);
      button.current?.focus();
    }
  }

  return (
    <div
      ref={root}
      className="relative"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="flex items-center gap-1.5 rounded-md px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-100"
        data-testid="market-switcher"
      >
        <span className="sr-only">{t('label')}: </span>
        <span>
          {currentMarket.country} · {currentMarket.currency}
        </span>
        <svg aria-hidden="true" viewBox="0 0 20 20" className={`h-4 w-4 transition-transform ${open ? 'rotate-180' : ''}`} fill="currentColor">
          <path fillRule="evenodd" d="M5.23 7.21a.75.75 0 0 1 1.06.02L10 11.06l3.71-3.83a.75.75 0 1 1 1.08 1.04l-4.25 4.39a.75.75 0 0 1-1.08 0L5.21 8.27a.75.75 0 0 1 .02-1.06Z" clipRule="evenodd" />
        </svg>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute right-0 z-30 mt-2 w-60 rounded-lg border border-slate-200 bg-white p-2 shadow-lg"
      >
        {unmoved && (
          <div role="alert" className="mb-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="market-unmoved">
            {unmoved.names.length > 0 && (
              <>
                <p className="font-medium">{t('unmovedTitle', { market: marketFor(unmoved.target).label })}</p>
                <ul className="mt-1 list-disc pl-5">
                  {unmoved.names.map((name) => (
                    <li key={name}>{name}</li>
                  ))}
                </ul>
              </>
            )}
            {unmoved.codes.length > 0 && (
              <>
                <p className="mt-1 font-medium" data-testid="market-unmoved-codes">
                  {t('unmovedCodesTitle', { market: marketFor(unmoved.target).label })}
                </p>
                <ul className="mt-1 list-disc pl-5">
                  {unmoved.codes.map((code) => (
                    <li key={code}>{code}</li>
                  ))}
                </ul>
              </>
            )}
            <a href={unmoved.href} className="mt-2 inline-block font-medium underline">
              {t('continue', { market: marketFor(unmoved.target).label })}
            </a>
          </div>
        )}
        <p className="px-3 pb-1 pt-2 text-xs font-medium uppercase tracking-wide text-slate-600">{t('label')}</p>
        <ul>
          {MARKET_LOCALES.map((locale) => {
            const market = marketFor(locale);
            const isCurrent = locale === current;
            return (
              <li key={locale}>
                <a
                  href={marketHref(pathname, '', locale, alternates)}
                  hrefLang={`${market.language}-${market.country}`}
                  lang={`${market.language}-${market.country}`}
                  aria-current={isCurrent ? 'true' : undefined}
                  onClick={(event) => void switchTo(event, locale)}
                  className={`flex items-center justify-between rounded-md px-3 py-2 text-sm hover:bg-slate-100 ${
                    isCurrent ? 'font-semibold text-slate-900' : 'text-slate-700'
                  }`}
                >
                  <span>{market.label}</span>
                  {isCurrent && (
                    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
                      <path fillRule="evenodd" d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.58l7.3-7.3a1 1 0 0 1 1.4 0Z" clipRule="evenodd" />
                    </svg>
                  )}
                  {pending === locale && <span className="text-xs text-slate-600">{t('switching')}</span>}
                </a>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
