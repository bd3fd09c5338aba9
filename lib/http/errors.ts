// The one error -> response mapping. Every failure a Route Handler can produce becomes the error
// body of docs/api.md, `{error: {code, message, requestId, reason?, params?, fields?}}`:
// - pipeline refusals (bad JSON, wrong method, cross-site, ...) are AppErrors with an HTTP code;
// - shop refusals (lib/shop/errors.ts) keep their reason and params (and each field's), and get
//   their status and code from REASON_CODES below, their English words from the ShopErrors catalogue;
// - anything else is a 500 with a fixed message. No stack traces, upstream text, ids or PII.
import { NextResponse } from 'next/server';
import { englishShopMessage } from '@/lib/i18n/shop-errors';
import { log } from '@/lib/log';
import { ShopError, type FieldIssues, type ShopReason } from '@/lib/shop/errors';

export type FieldErrors = Record<string, string[]>;

const ERRORS = {
  validation_failed: { status: 400, message: 'The request is invalid.' },
  invalid_json: { status: 400, message: 'The request body is not valid JSON.' },
  unauthenticated: { status: 401, message: 'Sign in to continue.' },
  // The agent front door (lib/agents): OAuth bearer token refusals (RFC 6750 section 3.1).
  invalid_token: { status: 401, message: 'The access token is missing, invalid, expired or revoked.' },
  insufficient_scope: { status: 403, message: 'The access token does not grant this.' },
  payment_declined: { status: 402, message: 'The payment was declined. No order was placed; your cart is unchanged.' },
  cross_site_request: { status: 403, message: 'Cross-site requests are not allowed.' },
  not_found: { status: 404, message: 'Not found.' },
  method_not_allowed: { status: 405, message: 'Method not allowed.' },
  conflict: { status: 409, message: 'The cart changed meanwhile. Review it and try again.' },
  payload_too_large: { status: 413, message: 'The request body is too large.' },
  unsupported_media_type: { status: 415, message: 'Send the request body as application/json.' },
  business_rule: { status: 422, message: 'The request cannot be carried out.' },
  rate_limited: { status: 429, message: 'Too many requests. Try again later.' },
  internal_error: { status: 500, message: 'Something went wrong on our side.' },
  feature_unavailable: { status: 404, message: 'This shop does not offer this feature.' },
  upstream_error: { status: 502, message: 'The commerce service answered unexpectedly. Try again.' },
  upstream_unavailable: { status: 503, message: 'The commerce service is unavailable. Try again shortly.' },
  authorization_unavailable: { status: 503, message: 'The authorization server cannot confirm the token right now. Try again shortly.' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** The HTTP code of each shop reason; every reason not listed is a business rule (422). */
const REASON_CODES: Partial<Record<ShopReason, ErrorCode>> = {
  invalid_input: 'validation_failed',
  not_found: 'not_found',
  unauthenticated: 'unauthenticated',
  sign_in_failed: 'unauthenticated',
  rate_limited: 'rate_limited',
  cart_changed: 'conflict',
  wishlist_changed: 'conflict',
  wishlist_unavailable: 'feature_unavailable',
  cart_changed_since_review: 'conflict',
  prices_changed: 'conflict',
  account_changed: 'conflict',
  payment_declined: 'payment_declined',
  upstream_unavailable: 'upstream_unavailable',
  upstream_error: 'upstream_error',
};

export function codeForReason(reason: ShopReason): ErrorCode {
  return REASON_CODES[reason] ?? 'business_rule';
}

/** A refusal of the request pipeline itself (not a shop rule). */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    options: { message?: string; fields?: FieldErrors; retryAfterSeconds?: number; allow?: string[]; challenge?: string } = {},
  ) {
    super(options.message ?? ERRORS[code].message);
    this.name = 'AppError';
    this.status = ERRORS[code].status;
    this.fields = options.fields;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.allow = options.allow;
    this.challenge = options.challenge;
  }
  /** A `WWW-Authenticate` challenge (bearer token refusals). */
  readonly challenge: string | undefined;
  readonly fields: FieldErrors | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly allow: string[] | undefined;
}

function fieldMessages(fields: FieldIssues): FieldErrors {
  return Object.fromEntries(
    Object.entries(fields).map(([path, issues]) => [path, issues.map((issue) => englishShopMessage(issue.reason, issue.params))]),
  );
}

type ErrorBody = {
  code: ErrorCode;
  message: string;
  reason?: ShopReason;
  params?: Record<string, string | number>;
  fields?: FieldErrors;
  /** The reason behind each field message, so a client can word it in its own language. */
  fieldReasons?: FieldIssues;
};

function describe(error: unknown): { status: number; body: ErrorBody; retryAfterSeconds?: number; allow?: string[]; challenge?: string } {
  if (error instanceof ShopError) {
    const code = codeForReason(error.reason);
    return {
      status: ERRORS[code].status,
      body: {
        code,
        message: englishShopMessage(error.reason, error.params),
        reason: error.reason,
        ...(Object.keys(error.params).length ? { params: error.params } : {}),
        ...(error.fields ? { fields: fieldMessages(error.fields), fieldReasons: error.fields } : {}),
      },
      retryAfterSeconds: error.retryAfterSeconds,
    };
  }
  const appError = error instanceof AppError ? error : new AppError('internal_error');
  return {
    status: appError.status,
    body: { code: appError.code, message: appError.message, ...(appError.fields ? { fields: appError.fields } : {}) },
    retryAfterSeconds: appError.retryAfterSeconds,
    allow: appError.allow,
    challenge: appError.challenge,
  };
}

export function errorResponse(error: unknown, requestId: string): NextResponse {
  if (!(error instanceof AppError) && !(error instanceof ShopError)) {
    // The error's name only: stacks and messages can carry paths, upstream text or shopper data.
    log.error('request.failed', { requestId, kind: 'exception', name: error instanceof Error ? error.name : typeof error });
  }
  const { status, body, retryAfterSeconds, allow, challenge } = describe(error);
  const headers = new Headers({ 'x-request-id': requestId, 'cache-control': 'no-store' });
  if (retryAfterSeconds !== undefined) headers.set('retry-after', String(retryAfterSeconds));
  if (allow) headers.set('allow', allow.join(', '));
  if (challenge) headers.set('www-authenticate', challenge);
  return NextResponse.json({ error: { ...body, requestId } }, { status, headers });
}
