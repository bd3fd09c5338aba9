// Facet values through GET /api/products: every colour and size bucket carries its catalog label,
// also a selected value that no product matches together with the other filters; an unknown value
// filters nothing and is not shown as selected; any letter case of a key is that key.
import { describe, expect, it } from 'vitest';
import * as productsRoute from '@/app/api/products/route';
import { apiRequest, routeContext } from '../../../harness/requests';

type Bucket = { key: string; label: string; count: number; selected: boolean };
type Result = { total: number; results: Array<{ id: string }>; facets: Array<{ name: string; buckets: Bucket[] }> };

async function get(search: string): Promise<Result> {
  const response = await productsRoute.GET(apiRequest(`/api/products${search}`), routeContext());
  expect(response.status).toBe(200);
  return (await response.json()) as Result;
}
const bucketsOf = (result: Result, name: string) => result.facets.find((f) => f.name === name)!.buckets;

describe('facet values', () => {
  it('labels every colour and size bucket with the catalog label, never the bare key', async () => {
    const all = await get('?limit=100');
    const colors = bucketsOf(all, 'color');
    expect(colors.length).toBeGreaterThan(3);
    const lettered = [...colors, ...bucketsOf(all, 'size')].filter((b) => /[a-z]/.test(b.key));
    expect(lettered.length).toBeGreaterThan(5);
    // Demo keys with letters are lower case ("navy", "xl"), their labels are not ("Navy", "XL"): a
    // missing label would show as the key.
    for (const bucket of lettered) expect(bucket.label).not.toBe(bucket.key);
  });

  it('keeps a selected colour with its label when the other filters leave no product of it', async () => {
    const all = await get('?limit=100');
    const sizes = bucketsOf(all, 'size');
    const colors = bucketsOf(all, 'color');
    // Find a colour and a size that never occur together.
    let pair: { color: Bucket; size: Bucket } | undefined;
    for (const color of colors) {
      const withColor = await get(`?color=${color.key}&limit=1`);
      const missing = sizes.find((s) => !bucketsOf(withColor, 'size').some((b) => b.key === s.key && b.count > 0));
      if (missing) {
        pair = { color, size: missing };
        break;
      }
    }
    expect(pair, 'a colour and a size that never meet in the demo catalog').toBeDefined();
    const result = await get(`?color=${pair!.color.key}&size=${pair!.size.key}`);
    expect(result.total).toBe(0);
    const selected = bucketsOf(result, 'color').find((b) => b.key === pair!.color.key);
    expect(selected).toMatchObject({ label: pair!.color.label, selected: true });
  });

  it('ignores an unknown value (no filter, nothing selected) and reads a key in any letter case', async () => {
    const all = await get('');
    const unknown = await get('?color=nonsense');
    expect(unknown.total).toBe(all.total);
    expect(bucketsOf(unknown, 'color').some((b) => b.selected || b.key === 'nonsense')).toBe(false);

    const color = bucketsOf(all, 'color')[0]!;
    const upper = await get(`?color=${color.key.toUpperCase()}`);
    const exact = await get(`?color=${color.key}`);
    expect(upper.total).toBe(exact.total);
    expect(upper.total).toBe(color.count);
    expect(bucketsOf(upper, 'color').find((b) => b.key === color.key)?.selected).toBe(true);
  });
});
