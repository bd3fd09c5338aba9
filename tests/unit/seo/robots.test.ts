import { describe, expect, it } from 'vitest';
import { robotsRules } from '@/lib/seo/robots';

describe('robots.txt rules', () => {
  const robots = robotsRules('https://shop.example.com');
  const rules = Array.isArray(robots.rules) ? robots.rules : [robots.rules];

  it('allows everything to every crawler except the API and shopper-private pages', () => {
    expect(rules).toHaveLength(1);
    expect(rules[0]).toEqual({
      userAgent: '*',
      allow: '/',
      disallow: [
        '/api/',
        '/en-us/cart',
        '/en-us/checkout',
        '/en-us/account',
        '/en-us/wishlist',
        '/en-gb/cart',
        '/en-gb/checkout',
        '/en-gb/account',
        '/en-gb/wishlist',
        '/de-de/cart',
        '/de-de/checkout',
        '/de-de/account',
        '/de-de/wishlist',
      ],
    });
  });

  it('never blocks catalog pages whose slug starts like a private section', () => {
    const disallow = [rules[0]!.disallow ?? []].flat();
    // robots.txt rules are prefix matches where `*` also spans slashes.
    const blocked = (path: string) =>
      disallow.some((rule) => new RegExp(`^${rule.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}`).test(path));
    expect(blocked('/en-us/cart')).toBe(true);
    expect(blocked('/de-de/checkout/confirmation/o-1')).toBe(true);
    expect(blocked('/en-gb/account/orders')).toBe(true);
    expect(blocked('/de-de/wishlist')).toBe(true);
    expect(blocked('/api/session')).toBe(true);
    expect(blocked('/en-us/c/cartridges')).toBe(false);
    expect(blocked('/en-us/p/account-book')).toBe(false);
    expect(blocked('/en-us/search')).toBe(false);
    expect(blocked('/en-us')).toBe(false);
  });

  it('points to the absolute sitemap URL', () => {
    expect(robots.sitemap).toBe('https://shop.example.com/sitemap.xml');
  });
});
