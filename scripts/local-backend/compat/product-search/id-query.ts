// A fast path for `GET /product-projections` queries that filter on `id` only (or not at all): the
// keyset paging of a large catalog (`where=id > :after`, `sort=id asc`) and counts. The mock clones
// and projects every Product on each query (seconds per request at 100,000 products); here the
// published Products are read once (Upstream.publishedProducts) and only the page is projected.
// Same semantics as the mock's query: string comparison of ids, `limit` default 20 max 500,
// `offset` max 10,000, `total` unless `withTotal=false`. Anything else goes to the mock.
import type { Product } from '@commercetools/platform-sdk';
import { errors } from '../errors';

const ID_TERM = /^id\s*(>=|<=|!=|>|<|=)\s*(?::([A-Za-z_]\w*)|"([^"\\]*)")$/;
const SORTS = new Set(['id asc', 'id desc', 'lastModifiedAt asc', 'lastModifiedAt desc', 'createdAt asc', 'createdAt desc']);
/** Parameters this path understands; any other (expand, staged, several `where`, ...) leaves the query to the mock. */
const KNOWN = new Set(['where', 'sort', 'limit', 'offset', 'withTotal']);

type IdTest = (id: string) => boolean;

function idTest(op: string, value: string): IdTest {
  switch (op) {
    case '>':
      return (id) => id > value;
    case '>=':
      return (id) => id >= value;
    case '<':
      return (id) => id < value;
    case '<=':
      return (id) => id <= value;
    case '=':
      return (id) => id === value;
    default:
      return (id) => id !== value;
  }
}

/** `id <op> :var` terms joined by `and`, or null when the predicate says anything else. */
function idTests(where: string, query: URLSearchParams): IdTest[] | null {
  const tests: IdTest[] = [];
  for (const term of where.split(/\s+and\s+/i)) {
    const match = ID_TERM.exec(term.trim());
    if (!match) return null;
    const value = match[2] !== undefined ? query.get(`var.${match[2]}`) : match[3];
    if (value === null || value === undefined) return null;
    tests.push(idTest(match[1]!, value));
  }
  return tests;
}

function wholeNumber(text: string | null, fallback: number, max: number, name: string): number {
  if (text === null) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > max) throw errors.invalidInput(`'${name}' must be an integer between 0 and ${max}.`);
  return value;
}

export type IdQueryPage = { limit: number; offset: number; count: number; total?: number; results: Product[] };

/** The page of Products an id-only query selects, or null when the query is not one (the mock answers it). */
export function idQueryPage(query: URLSearchParams, products: readonly Product[], isProjectionParam: (name: string) => boolean): IdQueryPage | null {
  for (const name of new Set(query.keys())) {
    if (name.startsWith('var.') || isProjectionParam(name)) continue;
    if (!KNOWN.has(name) || query.getAll(name).length > 1) return null;
  }
  const where = query.get('where');
  const tests = where === null ? [] : idTests(where, query);
  const sort = query.get('sort');
  if (!tests || (sort !== null && !SORTS.has(sort))) return null;
  const limit = wholeNumber(query.get('limit'), 20, 500, 'limit');
  const offset = wholeNumber(query.get('offset'), 0, 10_000, 'offset');
  const matching = products.filter((p) => tests.every((test) => test(p.id)));
  // Without `sort`, the mock's order (creation order) is kept.
  if (sort !== null) {
    const [field, order] = sort.split(' ') as ['id' | 'lastModifiedAt' | 'createdAt', 'asc' | 'desc'];
    const sign = order === 'asc' ? 1 : -1;
    matching.sort((a, b) => sign * (a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : 0) || (a.id < b.id ? -1 : 1));
  }
  const results = matching.slice(offset, offset + limit);
  return { limit, offset, count: results.length, ...(query.get('withTotal') === 'false' ? {} : { total: matching.length }), results };
}
