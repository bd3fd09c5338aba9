'use client';
import { loginHref } from './paths';

/** Sends a shopper who is not (or no longer) signed in to sign-in, coming back here afterwards. */
export function toLogin(locale: string): void {
  window.location.assign(loginHref(locale, `${window.location.pathname}${window.location.search}`));
}

/**
 * After a session change (sign-in, sign-out) the whole page loads anew: every part of it (header,
 * server-rendered pages, the router's cache of account pages) then sees the new session, and
 * nothing of a signed-out customer stays in the browser's memory. `replace`: Back does not return
 * to the page that belonged to the old session.
 */
export function reloadInto(path: string): void {
  window.location.replace(path);
}

/** After a refused submit: focus the first field marked invalid in `form` (once React rendered the marks). */
export function focusFirstInvalid(form: HTMLElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
