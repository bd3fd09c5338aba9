import { beforeEach, describe, expect, it, vi } from 'vitest';
import { withEnv } from '../../harness/fresh-modules';

const incoming = vi.hoisted(() => ({ headers: null as Headers | null }));

vi.mock('next/headers', () => ({
  headers: async () => {
    if (!incoming.headers) throw new Error('`headers` was called outside a request scope');
    return incoming.headers;
  },
}));

async function requestSiteUrl(siteUrl: string | undefined) {
  return (await withEnv({ SITE_URL: siteUrl }, () => import('@/lib/seo/request-origin'))).requestSiteUrl();
}

describe('requestSiteUrl', () => {
  beforeEach(() => {
    incoming.headers = new Headers({ host: 'localhost:4000' });
  });

  it('is SITE_URL whenever it is configured, whatever the request says', async () => {
    incoming.headers = new Headers({ host: 'evil.example', 'x-forwarded-proto': 'https' });
    expect(await requestSiteUrl('https://shop.example.com')).toBe('https://shop.example.com');
  });

  it("without SITE_URL (development) follows the request's host and protocol", async () => {
    expect(await requestSiteUrl(undefined)).toBe('http://localhost:4000');
    incoming.headers = new Headers({ host: 'dev.example:8443', 'x-forwarded-proto': 'https, http' });
    expect(await requestSiteUrl(undefined)).toBe('https://dev.example:8443');
  });

  it('falls back to http://localhost:3000 outside a request or for a malformed host', async () => {
    incoming.headers = null;
    expect(await requestSiteUrl(undefined)).toBe('http://localhost:3000');
    incoming.headers = new Headers({ host: 'bad host/\\' });
    expect(await requestSiteUrl(undefined)).toBe('http://localhost:3000');
    incoming.headers = new Headers({ host: 'localhost:4000', 'x-forwarded-proto': 'javascript' });
    expect(await requestSiteUrl(undefined)).toBe('http://localhost:3000');
  });
});
