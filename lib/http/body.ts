// Reading a JSON body under a size cap, then strict zod validation.
import type { z } from 'zod';
import { zodFieldErrors } from '@/lib/validation';
import { AppError } from './errors';

/** Our bodies are small (a SKU and a quantity, an address); 16 KiB is generous. */
export const MAX_BODY_BYTES = 16 * 1024;

export function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  return value.split(';', 1)[0]?.trim().toLowerCase() === 'application/json';
}

/** Reads the body as text, refusing more than `limit` bytes without buffering past it. */
export async function readBodyText(request: Request, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw new AppError('payload_too_large');
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new AppError('payload_too_large');
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export const fieldErrors = zodFieldErrors;

export function parseJsonBody<S extends z.ZodType>(text: string, schema: S): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('invalid_json');
  }
  const result = schema.safeParse(json);
  if (!result.success) throw new AppError('validation_failed', { fields: fieldErrors(result.error) });
  return result.data;
}
