// Where commercetools Checkout lives for a CTP_API_URL, and what the checkout page's CSP admits.
import { describe, expect, it } from 'vitest';
import { checkoutCspSources, checkoutHosts } from '@/lib/payment/commercetools-checkout/hosts';
import { contentSecurityPolicy } from '@/lib/security/headers';

describe('checkoutHosts', () => {
  it.each([
    ['https://api.europe-west1.gcp.commercetools.com', 'europe-west1.gcp'],
    ['https://api.us-central1.gcp.commercetools.com/', 'us-central1.gcp'],
    ['https://api.eu-central-1.aws.commercetools.com', 'eu-central-1.aws'],
  ])('derives the region and the Sessions API from %s', (apiUrl, region) => {
    const hosts = checkoutHosts(apiUrl, 'my-shop')!;
    expect(hosts).toMatchObject({ region, local: false, sessionsUrl: `https://session.${region}.commercetools.com/my-shop/sessions` });
    expect(hosts.cspSources).toEqual([`https://checkout.${region}.commercetools.com`, `https://*.checkout.${region}.commercetools.com`]);
  });

  it('points the SDK at the local simulation for a loopback backend (a URL region: the SDK loads {region}/main.js)', () => {
    expect(checkoutHosts('http://127.0.0.1:8989', 'demo-store')).toEqual({
      region: 'http://127.0.0.1:8989/__checkout/app',
      sessionsUrl: 'http://127.0.0.1:8989/__checkout/session/demo-store/sessions',
      cspSources: ['http://127.0.0.1:8989'],
      local: true,
    });
  });

  it.each([
    'https://api.example.com',
    'https://api.europe-west1.gcp.commercetools.com.evil.example',
    'http://api.europe-west1.gcp.commercetools.com',
    'https://127.0.0.1:8989',
    'http://10.0.0.5:8989',
    'http://127.0.0.1:8989/prefix',
    'not a url',
  ])('knows no Checkout hosts for %s', (apiUrl) => {
    expect(checkoutHosts(apiUrl, 'demo-store')).toBeNull();
  });
});

describe('the checkout page CSP', () => {
  const env = { PAYMENT_PROVIDER: 'commercetools-checkout', CTP_API_URL: 'https://api.europe-west1.gcp.commercetools.com', CTP_PROJECT_KEY: 'shop' };

  it('admits the Checkout hosts only with that provider', () => {
    expect(checkoutCspSources(env)).toHaveLength(2);
    expect(checkoutCspSources({ ...env, PAYMENT_PROVIDER: 'test' })).toEqual([]);
    expect(checkoutCspSources({ ...env, PAYMENT_PROVIDER: undefined })).toEqual([]);
  });

  it('keeps the nonce and strict-dynamic, and adds the hosts to scripts, styles, images, fonts, calls and frames', () => {
    const csp = contentSecurityPolicy({ scripts: { nonce: 'n0nce' }, production: true, https: true, paymentSources: checkoutCspSources(env) });
    const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `))!;
    expect(directive('script-src')).toBe("script-src 'self' 'nonce-n0nce' 'strict-dynamic' https://checkout.europe-west1.gcp.commercetools.com https://*.checkout.europe-west1.gcp.commercetools.com");
    for (const name of ['style-src', 'img-src', 'font-src', 'connect-src', 'frame-src']) expect(directive(name)).toContain('https://*.checkout.europe-west1.gcp.commercetools.com');
    expect(directive('script-src')).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy({ scripts: { nonce: 'n' }, production: true, https: true })).not.toContain('frame-src');
  });
});
