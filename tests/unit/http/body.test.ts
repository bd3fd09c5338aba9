import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isJsonContentType, MAX_BODY_BYTES, parseJsonBody, readBodyText } from '@/lib/http/body';
import { AppError } from '@/lib/http/errors';

const schema = z.object({ sku: z.string().min(1), quantity: z.number().int().min(1).max(99) }).strict();

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('JSON body handling', () => {
  it('accepts application/json with parameters only', () => {
    expect(isJsonContentType('application/json')).toBe(true);
    expect(isJsonContentType('Application/JSON; charset=utf-8')).toBe(true);
    expect(isJsonContentType('text/plain')).toBe(false);
    expect(isJsonContentType('application/jsonp')).toBe(false);
    expect(isJsonContentType(null)).toBe(false);
  });

  it('parses a valid body', () => {
    expect(parseJsonBody('{"sku":"A-1","quantity":2}', schema)).toEqual({ sku: 'A-1', quantity: 2 });
  });

  it('rejects unknown keys by name', () => {
    const error = caught(() => parseJsonBody('{"sku":"A-1","quantity":1,"price":1}', schema));
    expect(error.code).toBe('validation_failed');
    expect(error.fields).toEqual({ price: ['is not allowed'] });
  });

  it('reports field errors for wrong types and malformed JSON separately', () => {
    expect(caught(() => parseJsonBody('{"sku":"A-1","quantity":"2"}', schema)).fields).toHaveProperty('quantity');
    expect(caught(() => parseJsonBody('{"sku":', schema)).code).toBe('invalid_json');
  });

  it('refuses bodies over the cap, declared or streamed', async () => {
    const big = 'x'.repeat(MAX_BODY_BYTES + 1);
    await expect(readBodyText(new Request('http://t/', { method: 'POST', body: big }))).rejects.toMatchObject({
      code: 'payload_too_large',
    });
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const streamed = new Request('http://t/', { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    await expect(readBodyText(streamed)).rejects.toMatchObject({ code: 'payload_too_large' });
    await expect(readBodyText(new Request('http://t/', { method: 'POST', body: 'ok' }))).resolves.toBe('ok');
  });
});
