// The demo sale and stock order as the real API behaves, over HTTP: a price that carries an external
// Product Discount keeps the original in `value` and the sale amount in `discounted`, in search
// results and in a cart line, where the line total is the discounted amount times the quantity; and
// Product Search sorts by `variants.availability.isOnStock` (a boolean: true above false when
// descending, mode max: a product with any variant on stock counts as on stock).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCatalog } from '@/scripts/local-backend/seed/demo-catalog';
import { US, cartFor, lineBySku, startMoneyBackend, type MoneyBackend } from './cart-money-support';
import { type SearchBackend, demoProducts, startSearchBackend } from './product-search-support';

const saleProduct = demoCatalog().products.find((p) => p.masterVariant?.prices?.some((price) => price.discounted))!;
const usdPrice = saleProduct.masterVariant!.prices!.find((price) => price.value.currencyCode === 'USD')!;
const salePrice = { value: usdPrice.value.centAmount!, discounted: usdPrice.discounted!.value.centAmount! };

describe('product discounts (external, carried by the price)', () => {
  let m: MoneyBackend;
  beforeAll(async () => {
    m = await startMoneyBackend();
  });
  afterAll(async () => {
    await m.backend.close();
  });

  it('the demo catalog has a sale product whose discounted amount is below its value', () => {
    expect(saleProduct).toBeDefined();
    expect(salePrice.discounted).toBeLessThan(salePrice.value);
  });

  it('the discounted price references the active external Product Discount', async () => {
    const search = await m.api('POST', '/products/search', {
      query: { exact: { field: 'variants.sku', value: saleProduct.masterVariant!.sku } },
      productProjectionParameters: { priceCurrency: 'USD', priceCountry: 'US' },
    });
    expect(search.status).toBe(200);
    const price = search.body.results[0].productProjection.masterVariant.price;
    expect(price.value.centAmount).toBe(salePrice.value);
    expect(price.discounted.value.centAmount).toBe(salePrice.discounted);
    const discount = await m.admin('GET', `/product-discounts/${price.discounted.discount.id}`);
    expect(discount.status).toBe(200);
    expect(discount.body).toMatchObject({ key: 'demo-sale', isActive: true, value: { type: 'external' } });
  });

  it('a cart line costs the discounted amount; its price keeps both amounts', async () => {
    const sku = saleProduct.masterVariant!.sku!;
    const cart = await cartFor(m.api, US, [[sku, 3]], { address: false });
    const line = lineBySku(cart, sku);
    expect(line.price.value.centAmount).toBe(salePrice.value);
    expect(line.price.discounted.value.centAmount).toBe(salePrice.discounted);
    expect(line.totalPrice.centAmount).toBe(3 * salePrice.discounted);
    expect(cart.totalPrice.centAmount).toBe(3 * salePrice.discounted);
  });
});

describe('sorting by availability', () => {
  let s: SearchBackend;
  beforeAll(async () => {
    s = await startSearchBackend();
  });
  afterAll(async () => {
    await s.backend.close();
  });

  it('isOnStock desc (mode max) puts products with no variant on stock last, score order kept within each group', async () => {
    const womenId = await s.categoryId('women');
    const query = { exact: { field: 'categoriesSubTree', value: womenId } };
    const plain = await s.searchKeys({ query, sort: [{ field: 'score', order: 'desc' }] });
    const byStock = await s.searchKeys({
      query,
      sort: [
        { field: 'variants.availability.isOnStock', order: 'desc', mode: 'max' },
        { field: 'score', order: 'desc' },
      ],
    });
    const soldOut = new Set(demoProducts().filter((p) => p.variants.every((v) => !v.onStock)).map((p) => p.key));
    const soldOutHere = plain.keys.filter((key) => soldOut.has(key));
    expect(soldOutHere.length, 'the women category has a sold-out product').toBeGreaterThan(0);
    expect(byStock.keys).toEqual([...plain.keys.filter((key) => !soldOut.has(key)), ...soldOutHere]);
  });

  it('ascending puts them first', async () => {
    const { keys } = await s.searchKeys({ sort: [{ field: 'variants.availability.isOnStock', order: 'asc', mode: 'max' }] });
    const soldOut = new Set(demoProducts().filter((p) => p.variants.every((v) => !v.onStock)).map((p) => p.key));
    expect(keys.slice(0, soldOut.size).every((key) => soldOut.has(key))).toBe(true);
  });
});
