// The one error -> response mapping. Every failure a Route Handler can produce becomes the
// design's error body `{error: {code, message, requestId, fields?}}` with a fixed, generic message:
// no stack traces, no upstream text, no ids or PII.
import { NextResponse } from 'next/server';
import type { CtFailure } from '@/lib/commercetools/result';
import { log } from '@/lib/log';

export type FieldErrors = Record<string, string[]>;

const ERRORS = {
  validation_failed: { status: 400, message: 'The request is invalid.' },
  invalid_json: { status: 400, message: 'The request body is not valid JSON.' },
  unauthenticated: { status: 401, message: 'Sign in to continue.' },
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
  upstream_error: { status: 502, message: 'The commerce service answered unexpectedly. Try again.' },
  upstream_unavailable: { status: 503, message: 'The commerce service is unavailable. Try again shortly.' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** An expected failure a handler raises on purpose. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    options: { message?: string; fields?: FieldErrors; retryAfterSeconds?: number; allow?: string[] } = {},
  ) {
    super(options.message ?? ERRORS[code].message);
    this.name = 'AppError';
    this.status = ERRORS[code].status;
    this.fields = options.fields;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.allow = options.allow;
  }
  readonly fields: FieldErrors | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly allow: string[] | undefined;
}

/** Maps an upstream failure the handler did not handle itself to a client-safe AppError. */
export function appErrorFromCt(failure: CtFailure): AppError {
  switch (failure.kind) {
    case 'not_found':
      return new AppError('not_found');
    case 'conflict':
      return new AppError('conflict');
    case 'timeout':
    case 'unavailable':
    case 'rate_limited':
      return new AppError('upstream_unavailable');
    default:
      // invalid / unauthorized / forbidden upstream means our request or setup is wrong.
      return new AppError('upstream_error');
  }
}

export function errorResponse(error: unknown, requestId: string): NextResponse {
  const appError =
    error instanceof AppError ? error : isCtFailure(error) ? appErrorFromCt(error) : new AppError('internal_error');
  if (!(error instanceof AppError)) {
    log.error('request.failed', {
      requestId,
      kind: isCtFailure(error) ? `ct:${error.kind}:${error.status}` : 'exception',
      name: error instanceof Error ? error.name : typeof error,
    });
    // The stack goes to the server log only, never into the response.
    if (error instanceof Error && !isCtFailure(error)) console.error(error.stack);
  }
  const body = {
    error: {
      code: appError.code,
      message: appError.message,
      requestId,
      ...(appError.fields ? { fields: appError.fields } : {}),
    },
  };
  const headers = new Headers({ 'x-request-id': requestId, 'cache-control': 'no-store' });
  if (appError.retryAfterSeconds !== undefined) headers.set('retry-after', String(appError.retryAfterSeconds));
  if (appError.allow) headers.set('allow', appError.allow.join(', '));
  return NextResponse.json(body, { status: appError.status, headers });
}

function isCtFailure(value: unknown): value is CtFailure {
  return typeof value === 'object' && value !== null && (value as CtFailure).ok === false && 'kind' in value;
}
