// The payment page's source (payment-page.browser.js, plain browser JavaScript), read once.
import { readFileSync } from 'node:fs';

let source: string | undefined;

export function paymentPageScript(): string {
  source ??= readFileSync(new URL('./payment-page.browser.js', import.meta.url), 'utf8');
  return source;
}
