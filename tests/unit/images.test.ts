import { describe, expect, it } from 'vitest';
import { isOptimizableImage } from '@/lib/images';

describe('image sources', () => {
  it('optimizes local files and commercetools CDN images (served same-origin, as the CSP wants)', () => {
    expect(isOptimizableImage('/demo-catalog/shirt.png')).toBe(true);
    expect(isOptimizableImage('https://abc123.cdn.europe-west1.gcp.commercetools.com/x.png')).toBe(true);
  });

  it('does not pretend other hosts are optimizable', () => {
    expect(isOptimizableImage('https://evil.example/commercetools.com.png')).toBe(false);
    expect(isOptimizableImage('https://commercetools.com.evil.example/x.png')).toBe(false);
    expect(isOptimizableImage('http://abc.cdn.commercetools.com/x.png')).toBe(false);
  });
});
