import { describe, expect, it } from 'vitest';
import { categoryPath, primaryCategoryPath } from '@/app/_features/catalog/category-path';
import { sortByLabel, sortSizes } from '@/app/_features/catalog/facet-order';
import { alternatePaths, marketHref } from '@/app/_ui/market-paths';
import type { CategoryNode } from '@/lib/types';

const node = (id: string, children: CategoryNode[] = []): CategoryNode => ({ id, slug: id, name: id.toUpperCase(), children });
const tree = [node('women', [node('tops'), node('shoes', [node('boots')])]), node('men', [node('shirts')])];

describe('category paths', () => {
  it('finds a category with its ancestors, root first', () => {
    expect(categoryPath(tree, 'boots').map((c) => c.id)).toEqual(['women', 'shoes', 'boots']);
    expect(categoryPath(tree, 'men').map((c) => c.id)).toEqual(['men']);
    expect(categoryPath(tree, 'nope')).toEqual([]);
  });

  it('prefers the most specific of several categories', () => {
    expect(primaryCategoryPath(tree, ['men', 'boots']).map((c) => c.id)).toEqual(['women', 'shoes', 'boots']);
    expect(primaryCategoryPath(tree, ['unknown'])).toEqual([]);
  });
});

describe('market switch targets', () => {
  const slugs = { en: 'breton-top', de: 'bretonisches-shirt' };

  it('builds per-market paths from slugs per language', () => {
    expect(alternatePaths('p', slugs)).toEqual({
      'en-us': '/en-us/p/breton-top',
      'en-gb': '/en-gb/p/breton-top',
      'de-de': '/de-de/p/bretonisches-shirt',
    });
    expect(alternatePaths('c', { en: 'women' })).toEqual({ 'en-us': '/en-us/c/women', 'en-gb': '/en-gb/c/women' });
  });

  it('uses the registered alternate and keeps the query (filters, variant selection)', () => {
    expect(marketHref('/en-us/p/breton-top', '?color=navy&size=m', 'de-de', alternatePaths('p', slugs))).toBe(
      '/de-de/p/bretonisches-shirt?color=navy&size=m',
    );
  });

  it('falls back to the new market home for slugged pages without alternates', () => {
    expect(marketHref('/en-us/p/breton-top', '?color=navy', 'de-de', null)).toBe('/de-de');
    expect(marketHref('/en-us/c/women', '', 'de-de', { 'en-gb': '/en-gb/c/women' })).toBe('/de-de');
  });

  it('keeps path and query of pages without slugs', () => {
    expect(marketHref('/en-us/search', '?q=shirt', 'en-gb', null)).toBe('/en-gb/search?q=shirt');
    expect(marketHref('/en-us', '', 'de-de', null)).toBe('/de-de');
    expect(marketHref('/en-us/', '', 'de-de', null)).toBe('/de-de');
    expect(marketHref('/en-us/cart', '', 'de-de', null)).toBe('/de-de/cart');
  });

  it('sends paths outside a market to the market home', () => {
    expect(marketHref('/fr-fr/p/x', '?a=b', 'en-gb', null)).toBe('/en-gb');
  });
});

describe('facet order', () => {
  const keys = (values: Array<{ key: string }>) => values.map((v) => v.key);

  it('orders sizes small to large', () => {
    expect(keys(sortSizes(['xl', 's', 'xs', 'l', 'm'].map((key) => ({ key }))))).toEqual(['xs', 's', 'm', 'l', 'xl']);
    expect(keys(sortSizes(['104', '36', '140', '42'].map((key) => ({ key }))))).toEqual(['36', '42', '104', '140']);
    expect(keys(sortSizes(['one-size', 'l-xl', 's-m', '350-ml', '90-ml'].map((key) => ({ key }))))).toEqual(['s-m', 'l-xl', '90-ml', '350-ml', 'one-size']);
  });

  it('orders other values by label in the shopper’s language', () => {
    const colors = [
      { label: 'Weiß' },
      { label: 'blau' },
      { label: 'Anthrazit' },
    ];
    expect(sortByLabel(colors, 'de-DE').map((c) => c.label)).toEqual(['Anthrazit', 'blau', 'Weiß']);
  });
});

describe('marketHref and the sign-in next=', () => {
  it('points next= at the same page in the new market', () => {
    expect(marketHref('/en-gb/login', '?next=%2Fen-gb%2Fcart', 'de-de', null)).toBe('/de-de/login?next=%2Fde-de%2Fcart');
    expect(marketHref('/en-gb/login', '?next=/en-gb/account/orders', 'en-us', null)).toBe('/en-us/login?next=%2Fen-us%2Faccount%2Forders');
  });
  it('leaves a next= outside the markets alone', () => {
    expect(marketHref('/en-gb/login', '?next=//evil.example', 'de-de', null)).toBe('/de-de/login?next=//evil.example');
  });
});
