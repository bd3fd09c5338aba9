// The authorization code + PKCE flow with a storefront customer, driven through the server-rendered
// sign-in and consent forms like a browser would (cookies, redirects), against the run's AS.
import { describe, expect, it } from 'vitest';
import { DEMO_CUSTOMER } from '@/scripts/local-backend';
import { AGENT_AUTH, as, authorizeUrl, Browser, demoCustomerId, pkcePair, postForm, REDIRECT_URI, verifyAccessToken } from './support';

const LIMIT = { type: 'commerce_checkout', max_amount: 25000, currency: 'USD' };

/** Starts an authorization and signs in; answers the browser at the consent page. */
async function signIn(browser: Browser, params: Record<string, string | undefined>, password = DEMO_CUSTOMER.password) {
  const start = await browser.request(authorizeUrl(params));
  expect(start.response.status).toBe(303);
  expect(start.location!.pathname).toMatch(/^\/interaction\//);
  const loginPage = await browser.request(start.location!.href);
  expect(loginPage.text).toContain('Sign in');
  const login = await browser.request(`${start.location!.pathname}/login`, { form: new URLSearchParams({ email: DEMO_CUSTOMER.email, password }) });
  return { start, login };
}

async function consent(browser: Browser, login: { location?: URL }) {
  const resume = await browser.request(login.location!.href);
  expect(resume.location!.pathname).toMatch(/^\/interaction\//);
  const page = await browser.request(resume.location!.href);
  return { path: resume.location!.pathname, page };
}

describe('local agent authorization server: authorization code + PKCE', () => {
  it('signs the customer in, shows the consent with the limit, and issues a principal token with the lowered limit', async () => {
    const browser = new Browser();
    const { challenge } = pkcePair();
    const state = 'state-123';
    const { login } = await signIn(browser, { code_challenge: challenge, code_challenge_method: 'S256', state, authorization_details: JSON.stringify([LIMIT]) });
    expect(login.response.status).toBe(303);

    const { path, page } = await consent(browser, login);
    expect(page.response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.text).toContain('Demo shopping agent');
    expect(page.text).toContain('checkout:write');
    expect(page.text).toContain('$250.00');

    // The customer may lower the limit, never raise it.
    const raised = await browser.request(`${path}/confirm`, { form: new URLSearchParams([['scope', 'catalog:read'], ['scope', 'checkout:write'], ['max_amount', '25001']]) });
    expect(raised.response.status).toBe(400);
    const confirmed = await browser.request(`${path}/confirm`, { form: new URLSearchParams([['scope', 'catalog:read'], ['scope', 'checkout:write'], ['max_amount', '15000']]) });
    expect(confirmed.response.status).toBe(303);

    const callback = await browser.request(confirmed.location!.href);
    expect(callback.location!.origin + callback.location!.pathname).toBe(REDIRECT_URI);
    expect(callback.location!.searchParams.get('state')).toBe(state);
    const code = callback.location!.searchParams.get('code');
    expect(code).toEqual(expect.any(String));

    const wrongVerifier = await postForm('/token', { grant_type: 'authorization_code', code: code!, redirect_uri: REDIRECT_URI, code_verifier: pkcePair().verifier }, AGENT_AUTH);
    expect(wrongVerifier.status).toBe(400);
    expect(((await wrongVerifier.json()) as { error: string }).error).toBe('invalid_grant');
    // A code is good for one try: after the failed one, start again.
    const again = new Browser();
    const second = pkcePair();
    const { login: login2 } = await signIn(again, { code_challenge: second.challenge, code_challenge_method: 'S256', authorization_details: JSON.stringify([LIMIT]) });
    const { path: path2 } = await consent(again, login2);
    const ok = await again.request(`${path2}/confirm`, { form: new URLSearchParams([['scope', 'catalog:read'], ['scope', 'checkout:write'], ['max_amount', '15000']]) });
    const code2 = (await again.request(ok.location!.href)).location!.searchParams.get('code')!;
    const tokenResponse = await postForm('/token', { grant_type: 'authorization_code', code: code2, redirect_uri: REDIRECT_URI, code_verifier: second.verifier }, AGENT_AUTH);
    expect(tokenResponse.status).toBe(200);
    const { access_token } = (await tokenResponse.json()) as { access_token: string };

    const { payload } = await verifyAccessToken(access_token);
    expect(payload).toMatchObject({ iss: as.issuer, aud: as.resource, sub: await demoCustomerId(), client_id: as.agentClientId, scope: 'catalog:read checkout:write' });
    expect(payload.grant_id).toEqual(expect.any(String));
    const details = payload.authorization_details as Record<string, unknown>[];
    expect(details).toEqual([{ type: 'commerce_checkout', max_amount: 15000, currency: 'USD', expires_at: expect.any(String) }]);
    expect(Date.parse(details[0]!.expires_at as string)).toBeGreaterThan(Date.now());
    // Unverified parts never shortcut the check: the same token for another audience fails.
    await expect(verifyAccessToken(access_token, 'https://other.example/api/mcp')).rejects.toThrow();
  });

  it('refuses plain PKCE and a request without PKCE', async () => {
    const plain = await new Browser().request(authorizeUrl({ code_challenge: 'a'.repeat(43), code_challenge_method: 'plain' }));
    expect(plain.location!.origin + plain.location!.pathname).toBe(REDIRECT_URI);
    expect(plain.location!.searchParams.get('error')).toBe('invalid_request');
    expect(plain.location!.searchParams.get('code')).toBeNull();

    const none = await new Browser().request(authorizeUrl({}));
    expect(none.location!.origin + none.location!.pathname).toBe(REDIRECT_URI);
    expect(none.location!.searchParams.get('error')).toBe('invalid_request');
    expect(none.location!.searchParams.get('error_description')).toMatch(/PKCE/i);
  });

  it('refuses a malformed spending limit before anyone signs in', async () => {
    const { challenge } = pkcePair();
    const bad = await new Browser().request(authorizeUrl({ code_challenge: challenge, code_challenge_method: 'S256', authorization_details: JSON.stringify([{ ...LIMIT, max_amount: 12.5 }]) }));
    expect(bad.location!.searchParams.get('error')).toBe('invalid_authorization_details');
  });

  it('refuses a wrong password and stays on the sign-in page', async () => {
    const browser = new Browser();
    const { challenge } = pkcePair();
    const { start, login } = await signIn(browser, { code_challenge: challenge, code_challenge_method: 'S256' }, 'not-the-password');
    expect(login.response.status).toBe(401);
    expect(login.location).toBeUndefined();
    expect(login.text).toContain('Wrong email or password.');
    // Still at the sign-in step: resuming the authorization leads back to it, never to a code.
    const page = await browser.request(start.location!.href);
    expect(page.text).toContain('name="password"');
  });

  it('grants only the scopes the customer leaves ticked', async () => {
    const browser = new Browser();
    const { verifier, challenge } = pkcePair();
    const { login } = await signIn(browser, { code_challenge: challenge, code_challenge_method: 'S256', scope: 'catalog:read checkout:write orders:read' });
    const { path } = await consent(browser, login);
    const confirmed = await browser.request(`${path}/confirm`, { form: new URLSearchParams([['scope', 'catalog:read']]) });
    const code = (await browser.request(confirmed.location!.href)).location!.searchParams.get('code')!;
    const response = await postForm('/token', { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier }, AGENT_AUTH);
    const { access_token } = (await response.json()) as { access_token: string };
    const { payload } = await verifyAccessToken(access_token);
    expect(payload.scope).toBe('catalog:read');
    expect(payload).not.toHaveProperty('authorization_details');
  });

  it('ends with access_denied when the customer denies', async () => {
    const browser = new Browser();
    const { challenge } = pkcePair();
    const { login } = await signIn(browser, { code_challenge: challenge, code_challenge_method: 'S256' });
    const { path } = await consent(browser, login);
    const denied = await browser.request(`${path}/abort`, { form: new URLSearchParams() });
    const callback = await browser.request(denied.location!.href);
    expect(callback.location!.searchParams.get('error')).toBe('access_denied');
  });
});
