// The login and consent steps of the authorization code flow. oidc-provider hands over at
// /interaction/{uid}; these handlers answer with pages and return the result to it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { type CheckoutDetail, parseCheckoutDetails } from './authorization-details';
import type { CustomerDirectory } from './customers';
import { consentPage, loginPage } from './pages';

export type FormBody = URLSearchParams;

function html(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    // Nothing external and no scripts; the forms post to this origin only; no framing (clickjacking).
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
    'x-frame-options': 'DENY',
  });
  res.end(body);
}

/** Every requested detail was validated by oidc-provider (provider.ts); this reads it for display. */
function requestedDetail(params: Record<string, unknown>): CheckoutDetail | undefined {
  return params.authorization_details ? parseCheckoutDetails(params.authorization_details)[0] : undefined;
}

function requestedScopes(params: Record<string, unknown>): string[] {
  return String(params.scope ?? '').split(' ').filter((s) => s && s !== 'openid');
}

export function interactionHandler(provider: Provider, opts: { resources: string[]; customers: CustomerDirectory }) {
  return async (req: IncomingMessage, res: ServerResponse, uid: string, action: string | undefined, form: FormBody | undefined): Promise<void> => {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) return html(res, 400, 'Unknown or expired sign-in: start again from the agent.');
    const client = await provider.Client.find(String(details.params.client_id));
    const clientName = client?.clientName ?? String(details.params.client_id);

    if (action === 'abort' && req.method === 'POST') {
      return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'the customer denied the request' }, { mergeWithLastSubmission: false });
    }

    if (details.prompt.name === 'login') {
      if (action !== 'login' || req.method !== 'POST' || !form) return html(res, 200, loginPage(uid, clientName));
      const email = form.get('email') ?? '';
      const accountId = await opts.customers.signIn(email, form.get('password') ?? '');
      if (!accountId) return html(res, 401, loginPage(uid, clientName, 'Wrong email or password.', email));
      return provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
    }

    if (details.prompt.name !== 'consent') return html(res, 400, 'This sign-in cannot continue here.');
    const scopes = requestedScopes(details.params);
    const detail = requestedDetail(details.params);
    if (action !== 'confirm' || req.method !== 'POST' || !form) return html(res, 200, consentPage(uid, clientName, scopes, detail));

    const granted = form.getAll('scope').filter((s) => scopes.includes(s));
    if (!granted.length) return html(res, 400, consentPage(uid, clientName, scopes, detail, 'Allow at least one permission, or deny.'));
    let limit = detail;
    if (detail) {
      // The customer may lower the limit, never raise it.
      const amount = Number(form.get('max_amount') ?? detail.max_amount);
      if (!Number.isSafeInteger(amount) || amount < 1 || amount > detail.max_amount) {
        return html(res, 400, consentPage(uid, clientName, scopes, detail, `The limit must be a whole number from 1 to ${detail.max_amount}.`));
      }
      limit = { ...detail, max_amount: amount };
    }
    const accountId = details.session?.accountId;
    if (!accountId) return html(res, 400, 'The sign-in expired: start again from the agent.');
    const grant = new provider.Grant({ accountId, clientId: client?.clientId ?? String(details.params.client_id) });
    // oidc-provider has checked the requested resource against the configured ones.
    const requested = details.params.resource;
    const resource = typeof requested === 'string' ? requested : opts.resources[0]!;
    // oidc-provider tracks the scopes as both OP and resource scopes; unticked ones are rejected, not just left out.
    const refused = scopes.filter((s) => !granted.includes(s));
    grant.addOIDCScope([...granted, ...(String(details.params.scope ?? '').split(' ').includes('openid') ? ['openid'] : [])].join(' '));
    grant.addResourceScope(resource, granted.join(' '));
    if (refused.length) {
      grant.rejectOIDCScope(refused.join(' '));
      grant.rejectResourceScope(resource, refused.join(' '));
    }
    if (limit) grant.rar = [limit];
    const grantId = await grant.save();
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  };
}
