import type { Language } from './locale';
import type en from './messages/en.json';

export type Messages = typeof en;

export async function loadMessages(language: Language): Promise<Messages> {
  return language === 'de' ? (await import('./messages/de.json')).default : (await import('./messages/en.json')).default;
}

/** Only the namespaces client components use travel to the browser. */
export const CLIENT_NAMESPACES = ['Header', 'MarketSwitcher', 'MiniCart', 'Facets', 'Sort', 'Variant', 'AddToCart', 'Wishlist', 'Errors', 'NotFound', 'ShopErrors'] as const;

export function clientMessages(messages: Messages): Pick<Messages, (typeof CLIENT_NAMESPACES)[number]> {
  return Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]])) as Pick<Messages, (typeof CLIENT_NAMESPACES)[number]>;
}
