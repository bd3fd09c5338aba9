// What every mail template shares: the words of the market's language (namespace Mail of
// lib/i18n/messages/*.json), Intl formatting in the market's locale, and HTML escaping of every
// value (a name or a street is data, never markup).
import { createTranslator } from 'next-intl';
import de from '@/lib/i18n/messages/de.json';
import en from '@/lib/i18n/messages/en.json';
import { languageTag, messageLanguage } from '@/lib/i18n/locale';
import type { Market } from '@/lib/markets';

const CATALOGUES = { en, de };

export type Rendered = { subject: string; text: string; html: string };

export function mailWords(market: Market) {
  const messages = CATALOGUES[messageLanguage(market)];
  return { t: createTranslator({ locale: languageTag(market), messages, namespace: 'Mail' }), locale: languageTag(market) };
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A plain, readable HTML body: paragraphs and rows of already-escaped HTML. */
export function htmlDocument(lang: string, title: string, body: string): string {
  return `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:system-ui,sans-serif;color:#0f172a;max-width:640px">${body}</body></html>`;
}
