// node:http glue: reads a request into a CompatRequest, runs the router, writes the answer.
// Every answer is JSON (but the Checkout simulation's script); every failure has the commercetools error shape.
import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import { CtError, errors } from './compat/errors';
import type { CompatRequest, CompatResponse } from './compat/http';

/** The real API's request body limit. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw errors.payloadTooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function write(res: ServerResponse, method: string, answer: CompatResponse): void {
  const payload = answer.text?.body ?? answer.rawJson ?? (answer.body === undefined ? '' : JSON.stringify(answer.body));
  res.statusCode = answer.status;
  res.setHeader('x-correlation-id', randomUUID());
  for (const [name, value] of Object.entries(answer.headers ?? {})) res.setHeader(name, value);
  if (payload !== '') {
    res.setHeader('content-type', answer.text?.contentType ?? 'application/json; charset=utf-8');
    res.setHeader('content-length', Buffer.byteLength(payload));
  }
  res.end(method === 'HEAD' ? undefined : payload);
}

function failure(error: unknown): CompatResponse {
  if (error instanceof CtError) return { status: error.statusCode, body: error.body() };
  console.error('[local-backend] unexpected error:', error);
  return { status: 500, body: errors.general('Internal error in the local backend.').body() };
}

export function createHttpServer(route: (req: CompatRequest) => Promise<CompatResponse>): Server {
  return createServer((req, res) => {
    const method = (req.method ?? 'GET').toUpperCase();
    void (async () => {
      let answer: CompatResponse;
      try {
        const url = new URL(req.url ?? '/', 'http://local');
        const rawBody = await readBody(req);
        answer = await route({
          method,
          path: url.pathname,
          url: `${url.pathname}${url.search}`,
          query: url.searchParams,
          headers: req.headers,
          rawBody,
        });
      } catch (error) {
        answer = failure(error);
      }
      write(res, method, answer);
    })();
  });
}
