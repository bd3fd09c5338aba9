// The transport's retry policy against a real HTTP server on loopback.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backoffDelay, createResilientFetch, DEFAULT_FETCH_OPTIONS, UpstreamTimeoutError } from '@/lib/commercetools/fetch';

let server: Server;
let base: string;
/** Per path: the statuses to answer in order (the last one repeats); 'hang' never answers. */
let script: Record<string, Array<number | 'hang'>> = {};
let hits: Record<string, number> = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const n = (hits[path] = (hits[path] ?? 0) + 1);
    const steps = script[path] ?? [200];
    const step = steps[Math.min(n, steps.length) - 1];
    if (step === 'hang') return; // never answers
    res.writeHead(step ?? 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ n }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  script = {};
  hits = {};
});

const noWait = { ...DEFAULT_FETCH_OPTIONS, sleep: async () => undefined };

describe('resilient transport', () => {
  it('retries an idempotent GET on 502/503/504 until it succeeds', async () => {
    script['/p/categories'] = [503, 502, 200];
    const response = await createResilientFetch(noWait)(`${base}/p/categories`, { method: 'GET' });
    expect(response.status).toBe(200);
    expect(hits['/p/categories']).toBe(3);
  });

  it('gives up after maxRetries and returns the last answer', async () => {
    script['/p/categories'] = [504];
    const response = await createResilientFetch(noWait)(`${base}/p/categories`, { method: 'GET' });
    expect(response.status).toBe(504);
    expect(hits['/p/categories']).toBe(DEFAULT_FETCH_OPTIONS.maxRetries + 1);
  });

  it('never retries a 4xx', async () => {
    script['/p/carts/x'] = [404, 200];
    const response = await createResilientFetch(noWait)(`${base}/p/carts/x`, { method: 'GET' });
    expect(response.status).toBe(404);
    expect(hits['/p/carts/x']).toBe(1);
  });

  it('never retries a POST (updates are not idempotent)', async () => {
    script['/p/carts/x'] = [503, 200];
    const response = await createResilientFetch(noWait)(`${base}/p/carts/x`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(503);
    expect(hits['/p/carts/x']).toBe(1);
  });

  it('retries a POST only on read-only paths such as Product Search', async () => {
    script['/p/products/search'] = [503, 200];
    const response = await createResilientFetch(noWait)(`${base}/p/products/search`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(200);
    expect(hits['/p/products/search']).toBe(2);
  });

  it('times out each attempt and reports a timeout', async () => {
    script['/p/slow'] = ['hang'];
    const fetchSlow = createResilientFetch({ ...noWait, timeoutMs: 150, maxRetries: 1 });
    await expect(fetchSlow(`${base}/p/slow`, { method: 'GET' })).rejects.toBeInstanceOf(UpstreamTimeoutError);
    expect(hits['/p/slow']).toBe(2);

    hits = {};
    const postSlow = createResilientFetch({ ...noWait, timeoutMs: 150 });
    await expect(postSlow(`${base}/p/slow`, { method: 'POST', body: '{}' })).rejects.toBeInstanceOf(UpstreamTimeoutError);
    expect(hits['/p/slow']).toBe(1);
  });

  it('keeps one deadline across attempts: the whole request never takes longer, then a timeout', async () => {
    // A clock of our own: every attempt "hangs" for exactly the time it was given.
    let clock = 0;
    const given: number[] = [];
    const hanging: typeof fetch = async () => {
      clock += given.at(-1)!;
      throw new DOMException('timed out', 'TimeoutError');
    };
    const transport = createResilientFetch({
      ...DEFAULT_FETCH_OPTIONS,
      fetchImpl: hanging,
      now: () => clock,
      random: () => 1,
      sleep: async (ms) => {
        clock += ms;
      },
      timeoutSignal: (ms) => {
        given.push(ms);
        return new AbortController().signal;
      },
    });
    await expect(transport(`${base}/p/slow`, { method: 'GET' })).rejects.toBeInstanceOf(UpstreamTimeoutError);
    // 8 s for the first attempt, a 100 ms pause, then only what is left of the 10 s: never 3 x 8 s.
    expect(given).toEqual([DEFAULT_FETCH_OPTIONS.timeoutMs, DEFAULT_FETCH_OPTIONS.deadlineMs - DEFAULT_FETCH_OPTIONS.timeoutMs - 100]);
    expect(clock).toBeLessThanOrEqual(DEFAULT_FETCH_OPTIONS.deadlineMs);
  });

  it('retries a GET on a network failure', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    let attempts = 0;
    const counting: typeof fetch = (input, init) => {
      attempts += 1;
      return fetch(input, init);
    };
    await expect(createResilientFetch({ ...noWait, fetchImpl: counting })(`http://127.0.0.1:${port}/x`)).rejects.toThrow();
    expect(attempts).toBe(DEFAULT_FETCH_OPTIONS.maxRetries + 1);
  });

  it('backs off exponentially with full jitter under a cap', () => {
    const options = { ...DEFAULT_FETCH_OPTIONS, baseDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(a, options, () => 1))).toEqual([100, 200, 400, 800, 1000]);
    expect(backoffDelay(3, options, () => 0)).toBe(0);
    expect(backoffDelay(2, options, () => 0.5)).toBe(100);
  });
});
