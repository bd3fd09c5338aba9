// The server-rendered sign-in and consent pages. No external assets, no scripts; every value is
// escaped, since client names, scopes and amounts come from configuration and the request.
import type { CheckoutDetail } from './authorization-details';

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const SCOPE_TEXT: Record<string, string> = {
  'catalog:read': 'Search and read the catalog',
  'checkout:write': 'Create and update checkouts for you (you confirm every order in the store)',
  'orders:read': 'Read your orders',
};

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>body{font:16px system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}
label{display:block;margin:.75rem 0}input[type=email],input[type=password],input[type=number]{width:100%;padding:.4rem}
button{padding:.5rem 1rem;margin-right:.5rem}.error{color:#b00020}</style></head><body>${body}</body></html>`;
}

export function loginPage(uid: string, clientName: string, error?: string, email = ''): string {
  return page(
    'Sign in',
    `<h1>Sign in</h1><p><strong>${escapeHtml(clientName)}</strong> wants to act for you in the store. Sign in with your store account.</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<label>Email <input type="email" name="email" required autocomplete="username" value="${escapeHtml(email)}"></label>
<label>Password <input type="password" name="password" required autocomplete="current-password"></label>
<button type="submit">Sign in</button></form>
<form method="post" action="/interaction/${escapeHtml(uid)}/abort"><button type="submit">Cancel</button></form>`,
  );
}

export function formatAmount(minor: number, currency: string): string {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat('en', { style: 'currency', currency }).format(minor / 10 ** digits);
}

export function consentPage(uid: string, clientName: string, scopes: string[], detail: CheckoutDetail | undefined, error?: string): string {
  const scopeItems = scopes
    .map((s) => `<li><label><input type="checkbox" name="scope" value="${escapeHtml(s)}" checked> ${escapeHtml(SCOPE_TEXT[s] ?? s)} <code>${escapeHtml(s)}</code></label></li>`)
    .join('');
  const limit = detail
    ? `<h2>Spending limit</h2><p>Up to <strong>${escapeHtml(formatAmount(detail.max_amount, detail.currency))}</strong> (${escapeHtml(detail.currency)}) until ${escapeHtml(detail.expires_at)}.</p>
<label>Lower the limit (minor units, e.g. cents) <input type="number" name="max_amount" min="1" max="${escapeHtml(detail.max_amount)}" step="1" value="${escapeHtml(detail.max_amount)}"></label>`
    : '<p>No spending is requested.</p>';
  return page(
    'Authorize agent',
    `<h1>Authorize ${escapeHtml(clientName)}</h1>${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/confirm"><h2>It may</h2><ul>${scopeItems}</ul>${limit}
<p><button type="submit">Allow</button></p></form>
<form method="post" action="/interaction/${escapeHtml(uid)}/abort"><button type="submit">Deny</button></form>`,
  );
}
