// A local stand-in for commercetools Checkout (Payment Only mode), so the storefront's Checkout
// provider runs end to end with no network. Three parts, under /__checkout/ of this backend:
//
// - session/{projectKey}/sessions: the Sessions API ("Create Session"): a bearer token of this
//   backend with manage_sessions, a body `{cart: {cartRef: {id}}, metadata: {applicationKey}}`;
//   answers 201 with the session (`id`, `expiryAt`, ...). Sessions live 60 minutes.
// - app/main.js: the payment page. The browser SDK loads `{region}/main.js` when `region` is a URL
//   (payment-page.ts), and the page speaks the SDK's browser contract (Checkout Messages).
// - api/{projectKey}/sessions/{id}[/payments]: what that page calls (CORS, the session id is the
//   capability, like Checkout's own browser API): the amount to pay, and paying (pay.ts).
//
// What it proves and what only a real project can: docs/payments.md.
import { randomUUID } from 'node:crypto';
import type { LocalApiClient } from '../clients';
import { authenticate } from '../compat/bearer-auth';
import { errors } from '../compat/errors';
import { type CompatRequest, type CompatResponse, jsonResponse } from '../compat/http';
import { KeyedLock } from '../compat/keyed-lock';
import type { TokenStore } from '../compat/token-store';
import { payForCart, type PayOutcome } from './pay';
import { ProjectClient } from './project-client';

export const CHECKOUT_PREFIX = '/__checkout/';
const SESSION_TTL_MS = 60 * 60 * 1000;
/** The Checkout application the simulation knows (Merchant Center > Checkout > Applications). */
export const LOCAL_CHECKOUT_APPLICATION_KEY = process.env.LOCAL_CHECKOUT_APPLICATION_KEY ?? 'local-checkout';

type Session = { id: string; cartId: string; applicationKey: string; expiresAt: number; outcome?: PayOutcome & { status: 'completed' } };

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
  'access-control-max-age': '600',
};

function bodyOf(req: CompatRequest): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(req.rawBody);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw errors.invalidJson('The body must be a JSON object.');
}

function field(value: unknown, ...path: string[]): unknown {
  return path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), value);
}

export class CheckoutSimulation {
  private readonly sessions = new Map<string, Session>();
  private readonly locks = new KeyedLock();
  private readonly api: ProjectClient;

  constructor(
    private readonly projectKey: string,
    client: LocalApiClient,
  ) {
    this.api = new ProjectClient(projectKey, client);
  }

  listeningAt(url: string): void {
    this.api.listeningAt(url);
  }

  async handle(req: CompatRequest, tokens: TokenStore): Promise<CompatResponse> {
    const [area, ...rest] = req.path.slice(CHECKOUT_PREFIX.length).split('/');
    if (area === 'app' && rest.join('/') === 'main.js' && req.method === 'GET') {
      // Loaded on first use: the module reads a file next to it (import.meta), which Playwright's
      // CommonJS transform of the specs (they import the backend for its admin helpers) cannot parse.
      const { paymentPageScript } = await import('./payment-page');
      return { status: 200, text: { body: paymentPageScript(), contentType: 'text/javascript; charset=utf-8' }, headers: { 'cache-control': 'no-store' } };
    }
    if (area === 'session' && rest.length === 2 && rest[0] === this.projectKey && rest[1] === 'sessions') {
      if (req.method !== 'POST') throw errors.methodNotAllowed(req.method, req.path);
      return this.createSession(req, tokens);
    }
    if (area === 'api' && rest[0] === this.projectKey && rest[1] === 'sessions' && rest[2]) {
      if (req.method === 'OPTIONS') return { status: 204, headers: CORS };
      const answer = await this.browserCall(req, rest[2], rest.slice(3).join('/'));
      return { ...answer, headers: { ...CORS, 'cache-control': 'no-store', ...answer.headers } };
    }
    throw errors.uriNotFound(req.path);
  }

  private async createSession(req: CompatRequest, tokens: TokenStore): Promise<CompatResponse> {
    const token = authenticate(req, tokens);
    const held = new Set(token.scopes.filter((s) => s.projectKey === this.projectKey).map((s) => s.name));
    if (!held.has('manage_sessions') && !held.has('manage_project')) throw errors.insufficientScope([`manage_sessions:${this.projectKey}`]);
    const body = bodyOf(req);
    const cartId = field(body, 'cart', 'cartRef', 'id');
    const applicationKey = field(body, 'metadata', 'applicationKey');
    if (typeof cartId !== 'string' || typeof applicationKey !== 'string') {
      throw errors.invalidInput('A session needs cart.cartRef.id and metadata.applicationKey.');
    }
    if (applicationKey !== LOCAL_CHECKOUT_APPLICATION_KEY) throw errors.invalidInput(`Application ${applicationKey} not found.`);
    const cart = await this.api.call<{ cartState?: string }>('GET', `/carts/${encodeURIComponent(cartId)}`);
    if (cart.status !== 200) throw errors.referencedResourceNotFound('cart', cartId);
    if (cart.body.cartState !== 'Active') throw errors.invalidOperation(`Cart ${cartId} is not active.`);
    const session: Session = { id: randomUUID(), cartId, applicationKey, expiresAt: Date.now() + SESSION_TTL_MS };
    this.sessions.set(session.id, session);
    return jsonResponse(201, {
      id: session.id,
      expiryAt: new Date(session.expiresAt).toISOString(),
      cart: { cartRef: { id: cartId } },
      metadata: { applicationKey },
    });
  }

  /** The payment page's calls. The session id is the only capability it holds. */
  private async browserCall(req: CompatRequest, sessionId: string, action: string): Promise<CompatResponse> {
    const session = this.sessions.get(sessionId);
    if (!session) return jsonResponse(404, { status: 'session_not_found' });
    if (session.expiresAt <= Date.now()) return jsonResponse(410, { status: 'session_expired' });
    if (action === '' && req.method === 'GET') {
      const cart = await this.api.call<{ totalPrice: unknown; taxedPrice?: { totalGross: unknown }; cartState: string }>('GET', `/carts/${session.cartId}`);
      if (cart.status !== 200) return jsonResponse(404, { status: 'cart_not_found' });
      return jsonResponse(200, { status: session.outcome ? 'completed' : 'open', amount: cart.body.taxedPrice?.totalGross ?? cart.body.totalPrice });
    }
    if (action === 'payments' && req.method === 'POST') {
      const cardNumber = field(bodyOf(req), 'cardNumber');
      if (typeof cardNumber !== 'string' || !/^[\d ]{12,23}$/.test(cardNumber)) return jsonResponse(400, { status: 'invalid_card' });
      // One payment at a time per session; a repeat after success answers the same order.
      return this.locks.run(session.id, async () => {
        if (session.outcome) return jsonResponse(200, session.outcome);
        const outcome = await payForCart(this.api, session.cartId, session.id, cardNumber);
        if (outcome.status === 'completed') session.outcome = outcome;
        return jsonResponse(outcome.status === 'completed' ? 200 : outcome.status === 'declined' ? 402 : 409, outcome);
      });
    }
    throw errors.methodNotAllowed(req.method, req.path);
  }
}
