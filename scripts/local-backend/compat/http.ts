// The request and response shapes the compatibility layer works with, independent of node:http.
import type { IncomingHttpHeaders } from 'node:http';

export type CompatRequest = {
  /** Upper case. */
  method: string;
  /** Path without the query string, as received (still percent-encoded). */
  path: string;
  /** Path and query string, as received: what gets forwarded. */
  url: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The request body as text; '' when there is none. */
  rawBody: string;
};

export type CompatResponse = {
  status: number;
  /** JSON body; serialized by the server. Mutually exclusive with rawJson. */
  body?: unknown;
  /** An already serialized JSON body (forwarded from the mock unchanged). */
  rawJson?: string;
  /** A non-JSON body (the Checkout simulation's script) with its content type. */
  text?: { body: string; contentType: string };
  headers?: Record<string, string>;
};

export function jsonResponse(status: number, body: unknown, headers?: Record<string, string>): CompatResponse {
  return { status, body, headers };
}

export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
