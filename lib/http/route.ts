// The request pipeline every Route Handler goes through:
//   method check (405) -> same-origin check on mutations (403) -> JSON content type (415)
//   -> body size cap (413) -> strict zod parse (400) -> handler -> one error mapping.
// Handlers stay thin: they receive a parsed body and the shopper (the cookie session adapted to the
// shop domain, lib/session/shopper.ts), call the domain (lib/shop) and return JSON.
import { randomUUID } from 'node:crypto';
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { serverEnv } from '@/lib/env';
import { log } from '@/lib/log';
import { expectedOrigin } from '@/lib/security/loopback';
import { checkSameOrigin } from '@/lib/security/origin';
import { SessionHandle } from '@/lib/session';
import { cookieShopper } from '@/lib/session/shopper';
import { resourceIdSchema } from '@/lib/shop/cart/schemas';
import type { Shopper } from '@/lib/shop/context';
import { ShopError } from '@/lib/shop/errors';
import { isJsonContentType, parseJsonBody, readBodyText } from './body';
import { AppError, errorResponse } from './errors';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
/** The body of an endpoint that takes none, when a client sends one anyway. */
const NO_BODY = z.object({}).strict();
type Method = (typeof METHODS)[number];
const MUTATIONS = new Set<Method>(['POST', 'PUT', 'PATCH', 'DELETE']);

type HandlerContext<Body> = {
  request: NextRequest;
  requestId: string;
  body: Body;
  /** The shopper this request acts for: what every domain call takes. */
  shopper: Shopper;
  /** The cookie session itself, for session lifecycle only (sign-in, sign-out). */
  session: SessionHandle;
  params: Record<string, string>;
};

export type Endpoint<Body> = {
  /** A strict zod schema; when absent the request carries no body (or an empty JSON object). */
  body?: z.ZodType<Body>;
  /**
   * Server-to-server endpoints (signed webhooks) are called without a browser Origin. Setting this
   * to false skips the same-origin check, so `authenticate` must prove the caller instead.
   */
  sameOrigin?: boolean;
  /** Runs on the raw body before it is parsed (e.g. an HMAC check); throws an AppError to refuse. */
  authenticate?(request: NextRequest, rawBody: string): void | Promise<void>;
  // Method syntax on purpose: it lets every Endpoint<Body> sit in one defineRoute record.
  handle(context: HandlerContext<Body>): Promise<Response>;
};

/** A resource id from the path (line item, discount code, order, address); anything else cannot exist. */
export function pathId(params: Record<string, string>, name = 'id'): string {
  const parsed = resourceIdSchema.safeParse(params[name]);
  if (!parsed.success) throw new ShopError('not_found');
  return parsed.data;
}

/** Declares one method's endpoint; infers the body type from the schema. */
export function endpoint<Body = undefined>(spec: Endpoint<Body>): Endpoint<Body> {
  return spec;
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };
type RouteHandler = (request: NextRequest, context: RouteContext) => Promise<Response>;

/** JSON success response; API answers are per shopper, so never cached. */
export function json(data: unknown, init: { status?: number; headers?: HeadersInit } = {}): NextResponse {
  const headers = new Headers(init.headers);
  headers.set('cache-control', 'no-store');
  return NextResponse.json(data, { status: init.status ?? 200, headers });
}

/**
 * The public origin mutations must come from: SITE_URL (required in production, so a Host header
 * never names it there). nextUrl names every loopback host "localhost"; on a loopback SITE_URL the
 * Host header says which loopback name was reached (lib/security/loopback.ts).
 */
export function siteOrigin(request: NextRequest): string {
  return expectedOrigin(serverEnv().SITE_URL ?? request.nextUrl.origin, request.headers.get('host'));
}

async function readBody<Body>(request: NextRequest, spec: Endpoint<Body>): Promise<Body> {
  if (spec.body && !isJsonContentType(request.headers.get('content-type'))) throw new AppError('unsupported_media_type');
  const text = await readBodyText(request);
  await spec.authenticate?.(request, text);
  if (!spec.body) {
    // Nothing, or `{}` (what many clients send with a JSON content type); anything else is refused.
    if (text.trim() !== '') parseJsonBody(text, NO_BODY);
    return undefined as Body;
  }
  return parseJsonBody(text, spec.body);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The id proxy.ts gave this request (it replaces any client value), else a new one. */
function requestIdOf(request: NextRequest): string {
  const forwarded = request.headers.get('x-request-id');
  return forwarded && UUID.test(forwarded) ? forwarded : randomUUID();
}

function run<Body>(method: Method, spec: Endpoint<Body>): RouteHandler {
  return async (request, context) => {
    const requestId = requestIdOf(request);
    const session = new SessionHandle(request.headers.get('cookie'));
    let response: Response;
    try {
      if (MUTATIONS.has(method) && spec.sameOrigin !== false) {
        const verdict = checkSameOrigin(request.headers, siteOrigin(request));
        if (!verdict.ok) {
          log.warn('request.cross_site_refused', { requestId, reason: verdict.reason, path: request.nextUrl.pathname });
          throw new AppError('cross_site_request');
        }
      }
      const body = await readBody(request, spec);
      const rawParams = (await context?.params) ?? {};
      const params = Object.fromEntries(
        Object.entries(rawParams).map(([k, v]) => [k, Array.isArray(v) ? v.join('/') : v]),
      );
      response = await spec.handle({ request, requestId, body, shopper: cookieShopper(session, request.headers), session, params });
    } catch (error) {
      response = errorResponse(error, requestId);
    }
    response.headers.set('x-request-id', requestId);
    const setCookie = await session.setCookieHeader();
    if (setCookie) response.headers.append('set-cookie', setCookie);
    return response;
  };
}

function methodNotAllowed(allowed: Method[]): RouteHandler {
  return async (request) => errorResponse(new AppError('method_not_allowed', { allow: allowed }), requestIdOf(request));
}

/** Every method of a path the API does not have: a JSON 404 in the error format of docs/api.md. */
export function unknownApiPath(): Record<Method, RouteHandler> {
  const notFound: RouteHandler = async (request) => errorResponse(new AppError('not_found'), requestIdOf(request));
  return Object.fromEntries(METHODS.map((m) => [m, notFound])) as Record<Method, RouteHandler>;
}

/**
 * Builds every method export of a route.ts: the declared endpoints, and a JSON 405 for the rest
 * (Next's own 405 has no body in our error format).
 */
export function defineRoute(endpoints: Partial<Record<Method, Endpoint<unknown>>>): Record<Method, RouteHandler> {
  const allowed = METHODS.filter((m) => endpoints[m]);
  for (const m of allowed) {
    // Skipping the same-origin check is only safe when something else proves the caller.
    if (endpoints[m]?.sameOrigin === false && !endpoints[m]?.authenticate) {
      throw new Error(`${m} endpoint: sameOrigin: false needs an authenticate hook`);
    }
  }
  const notAllowed = methodNotAllowed(allowed);
  return Object.fromEntries(
    METHODS.map((m) => {
      const spec = endpoints[m] as Endpoint<unknown> | undefined;
      return [m, spec ? run(m, spec) : notAllowed];
    }),
  ) as Record<Method, RouteHandler>;
}
