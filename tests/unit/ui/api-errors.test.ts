import { describe, expect, it } from 'vitest';
import { failureOf, retryAfterSeconds, type ApiFailure } from '@/lib/api-client';
import { errorMessageFor, fieldErrorsUnder, retryValues } from '@/app/_ui/api-errors';

function failure(status: number, extra: Partial<ApiFailure> = {}): ApiFailure {
  return { ok: false, status, code: 'x', message: '', fields: {}, retryAfter: null, ...extra };
}

describe('retryAfterSeconds', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(retryAfterSeconds('120')).toBe(120);
    expect(retryAfterSeconds(' 5 ')).toBe(5);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterSeconds('Thu, 01 Jan 2026 00:01:30 GMT', now)).toBe(90);
    expect(retryAfterSeconds('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
  });

  it('is null when absent or unreadable', () => {
    expect(retryAfterSeconds(null)).toBeNull();
    expect(retryAfterSeconds('soon')).toBeNull();
    expect(retryAfterSeconds('-3')).toBeNull();
  });

  it('splits into minutes (rounded up) for long waits', () => {
    expect(retryValues(30)).toEqual({ minutes: 0, seconds: 30 });
    expect(retryValues(61)).toEqual({ minutes: 2, seconds: 61 });
  });
});

describe('errorMessageFor', () => {
  it('uses our own words for the cases we know', () => {
    expect(errorMessageFor(failure(0))).toEqual({ key: 'network' });
    expect(errorMessageFor(failure(409, { message: 'The cart changed meanwhile.' }))).toEqual({ key: 'conflict' });
    expect(errorMessageFor(failure(429))).toEqual({ key: 'rateLimited' });
    expect(errorMessageFor(failure(429, { retryAfter: 45 }))).toEqual({ key: 'rateLimitedRetry', values: { minutes: 0, seconds: 45 } });
    expect(errorMessageFor(failure(503, { message: 'upstream' }))).toEqual({ key: 'unavailable' });
    expect(errorMessageFor(failure(500, { message: 'boom' }))).toEqual({ key: 'generic' });
  });

  it("shows the API's message for business rules", () => {
    expect(errorMessageFor(failure(422, { message: 'The discount code is not valid.' }))).toEqual({ text: 'The discount code is not valid.' });
    expect(errorMessageFor(failure(422))).toEqual({ key: 'generic' });
  });
});

describe('fieldErrorsUnder', () => {
  const fields = { email: ['must be an email address'], 'shippingAddress.city': ['is required', 'too long'], 'billingAddress.city': ['x'], _: ['y'] };

  it('strips a prefix', () => {
    expect(fieldErrorsUnder(fields, 'shippingAddress')).toEqual({ city: 'is required' });
  });

  it('without a prefix returns top-level fields only', () => {
    expect(fieldErrorsUnder(fields)).toEqual({ email: 'must be an email address', _: 'y' });
  });
});

describe('failureOf', () => {
  it("reads the API's error body and Retry-After", async () => {
    const response = new Response(JSON.stringify({ error: { code: 'rate_limited', message: 'Too many requests.', requestId: 'r', fields: { email: ['bad'], x: 'nope', y: [1] } } }), {
      status: 429,
      headers: { 'content-type': 'application/json', 'retry-after': '30' },
    });
    expect(await failureOf(response)).toEqual({ ok: false, status: 429, code: 'rate_limited', message: 'Too many requests.', fields: { email: ['bad'], x: ['nope'] }, retryAfter: 30 });
  });

  it('survives a body that is not JSON', async () => {
    const response = new Response('<html>Bad gateway</html>', { status: 502 });
    expect(await failureOf(response)).toEqual({ ok: false, status: 502, code: 'http_502', message: '', fields: {}, retryAfter: null });
  });
});

describe('errorMessageFor with a reason', () => {
  const refused = failure(422, { reason: 'sku_out_of_stock', params: { name: 'Linen shirt', sku: 'S-1' }, message: 'English text' });
  it('words a refusal from its reason when the page has words for it', () => {
    expect(errorMessageFor(refused, (reason) => reason === 'sku_out_of_stock')).toEqual({ reason: 'sku_out_of_stock', values: { name: 'Linen shirt', sku: 'S-1' } });
  });
  it('falls back to the API message for a reason the page does not know, and keeps its own texts for other statuses', () => {
    expect(errorMessageFor(refused, () => false)).toEqual({ text: 'English text' });
    expect(errorMessageFor(failure(409, { reason: 'cart_changed' }), () => true)).toEqual({ key: 'conflict' });
    expect(errorMessageFor(failure(429, { reason: 'rate_limited', retryAfter: 30 }), () => true)).toEqual({ key: 'rateLimitedRetry', values: { minutes: 0, seconds: 30 } });
    expect(errorMessageFor(failure(404, { reason: 'not_found' }), () => true)).toEqual({ key: 'notFound' });
  });
});

describe('errorMessageFor a same-origin refusal', () => {
  it('tells the shopper to open the store at its own address instead of the API words', () => {
    expect(errorMessageFor(failure(403, { code: 'cross_site_request', message: 'Cross-site requests are not allowed.' }))).toEqual({ key: 'wrongAddress' });
    expect(errorMessageFor(failure(403, { code: 'forbidden', message: 'Forbidden.' }))).toEqual({ text: 'Forbidden.' });
  });
});
