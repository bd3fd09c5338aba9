// Answers of the public, non-JSON-API documents (agent discovery, llms.txt, markdown pages): the
// same for every visitor, so cacheable, unlike the per-shopper API answers of ./route.ts.
import { randomUUID } from 'node:crypto';
import type { NextRequest } from 'next/server';
import { AppError, errorResponse } from './errors';

export function publicDocument(body: string, contentType: string, cacheControl: string, extra: Record<string, string> = {}, status = 200): Response {
  return new Response(body, { status, headers: { 'content-type': contentType, 'cache-control': cacheControl, ...extra } });
}

export function publicJson(data: unknown, cacheControl: string): Response {
  return publicDocument(JSON.stringify(data, null, 2), 'application/json', cacheControl);
}

/** The API's own 404 (JSON error shape, request id from middleware). */
export function notFoundResponse(request: NextRequest): Response {
  return errorResponse(new AppError('not_found'), request.headers.get('x-request-id') ?? randomUUID());
}
