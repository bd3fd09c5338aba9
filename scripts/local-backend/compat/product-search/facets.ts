// Facets of Product Search: `distinct` (terms), `ranges`, `count` and `stats`, computed on the
// Products the `query` matches (scope `query`, the default) or on all Products (scope `all`),
// never affected by `postFilter`. `level: products` (default) counts Products, `level: variants`
// counts Product Variants. A facet's `filter` restricts what is counted: for Variant or Price
// fields it is evaluated on the same Variant (and Price) the value comes from.
import { errors } from '../errors';
import type { IndexedProduct } from './catalog';
import { type EvalContext, type FieldValue, type Level, PRODUCT, VARIANT, type SearchField, comparable, resolveField } from './fields';
import { type QueryNode, contexts, parseQuery } from './query';

type Bucket = { key: string; count: number };

export type FacetResult =
  | { name: string; buckets: Bucket[] }
  | { name: string; value: number }
  | { name: string; min: unknown; max: unknown; mean?: number; sum?: number; count: number };

type FacetCommon = { name: string; scope: 'query' | 'all'; filter?: QueryNode; level: 'products' | 'variants' };

type CompiledFacet = FacetCommon & { compute(products: readonly IndexedProduct[]): FacetResult };

const DISTINCT_DEFAULT_LIMIT = 10;
const DISTINCT_MAX_LIMIT = 200;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkProps(body: Record<string, unknown>, allowed: readonly string[], path: string): void {
  for (const prop of Object.keys(body)) {
    if (!allowed.includes(prop)) throw errors.invalidInput(`Unknown property '${prop}' in '${path}'.`);
  }
}

function common(body: Record<string, unknown>, path: string): FacetCommon {
  if (typeof body.name !== 'string' || body.name === '') throw errors.invalidInput(`'${path}.name' is required and must be a string.`);
  const scope = body.scope ?? 'query';
  if (scope !== 'query' && scope !== 'all') throw errors.invalidInput(`'${path}.scope' must be 'query' or 'all'.`);
  const level = body.level ?? 'products';
  if (level !== 'products' && level !== 'variants') throw errors.invalidInput(`'${path}.level' must be 'products' or 'variants'.`);
  const filter = body.filter === undefined ? undefined : parseQuery(body.filter, `${path}.filter`, { scoring: false });
  return { name: body.name, scope, level, filter };
}

/**
 * What a facet counts: for each Product, the units (the Product, or each of its Variants) with the
 * field values found in contexts that pass the facet filter.
 */
function unitsOf(
  product: IndexedProduct,
  facet: FacetCommon,
  field: SearchField | undefined,
): Array<{ values: FieldValue[]; counted: boolean }> {
  const depth = Math.max(field?.level ?? PRODUCT, facet.filter?.level ?? PRODUCT, facet.level === 'variants' ? VARIANT : PRODUCT) as Level;
  const byUnit = new Map<string, { values: FieldValue[]; counted: boolean }>();
  for (const ctx of contexts(product, depth)) {
    const unitKey = facet.level === 'variants' ? String(ctx.variant?.id) : 'product';
    const unit = byUnit.get(unitKey) ?? { values: [], counted: false };
    byUnit.set(unitKey, unit);
    if (facet.filter && facet.filter.evaluate(ctx) === null) continue;
    unit.counted = true;
    if (field) unit.values.push(...field.values(ctx as EvalContext));
  }
  return [...byUnit.values()];
}

function bucketKey(value: FieldValue): string {
  return typeof value === 'string' ? value : String(value);
}

function compareKeys(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (a !== '' && b !== '' && Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

function distinctFacet(body: Record<string, unknown>, path: string): CompiledFacet {
  checkProps(body, ['name', 'scope', 'filter', 'level', 'field', 'includes', 'sort', 'limit', 'language', 'fieldType', 'missing'], path);
  const base = common(body, path);
  const field = resolveField(body);
  const limit = body.limit ?? DISTINCT_DEFAULT_LIMIT;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0 || limit > DISTINCT_MAX_LIMIT) {
    throw errors.invalidInput(`'${path}.limit' must be an integer from 0 to ${DISTINCT_MAX_LIMIT}.`);
  }
  if (body.includes !== undefined && (!Array.isArray(body.includes) || !body.includes.every((k) => typeof k === 'string'))) {
    throw errors.invalidInput(`'${path}.includes' must be an array of strings.`);
  }
  const includes = body.includes as string[] | undefined;
  if (body.missing !== undefined && typeof body.missing !== 'string') throw errors.invalidInput(`'${path}.missing' must be a string.`);
  const missing = body.missing as string | undefined;
  let sortBy: 'count' | 'key' = 'count';
  let order: 'asc' | 'desc' = 'desc';
  if (body.sort !== undefined) {
    const sort = body.sort;
    if (!isObject(sort) || (sort.by !== 'count' && sort.by !== 'key') || (sort.order !== 'asc' && sort.order !== 'desc')) {
      throw errors.invalidInput(`'${path}.sort' must be {by: 'count' | 'key', order: 'asc' | 'desc'}.`);
    }
    sortBy = sort.by;
    order = sort.order;
  }
  return {
    ...base,
    compute(products) {
      const counts = new Map<string, number>();
      for (const product of products) {
        for (const unit of unitsOf(product, base, field)) {
          if (!unit.counted) continue;
          const keys = new Set(unit.values.map(bucketKey));
          if (keys.size === 0 && missing !== undefined) keys.add(missing);
          for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
      let buckets = [...counts].map(([key, count]) => ({ key, count }));
      if (includes) buckets = buckets.filter((b) => includes.includes(b.key));
      const sign = order === 'asc' ? 1 : -1;
      buckets.sort((a, b) =>
        sortBy === 'count' ? sign * (a.count - b.count) || compareKeys(a.key, b.key) : sign * compareKeys(a.key, b.key),
      );
      return { name: base.name, buckets: buckets.slice(0, limit) };
    },
  };
}

function rangesFacet(body: Record<string, unknown>, path: string): CompiledFacet {
  checkProps(body, ['name', 'scope', 'filter', 'level', 'field', 'ranges', 'language', 'fieldType'], path);
  const base = common(body, path);
  const field = resolveField(body);
  if (field.type !== 'number' && field.type !== 'datetime' && field.type !== 'date') {
    throw errors.invalidInput(`Ranges facet '${base.name}' needs a number or date field, '${field.name}' is ${field.type}.`);
  }
  if (!Array.isArray(body.ranges) || body.ranges.length === 0) throw errors.invalidInput(`'${path}.ranges' must be a non-empty array.`);
  const ranges = body.ranges.map((r: unknown, i: number) => {
    const at = `${path}.ranges[${i}]`;
    if (!isObject(r)) throw errors.invalidInput(`'${at}' must be an object with from, to and key.`);
    checkProps(r, ['from', 'to', 'key'], at);
    if (r.from === undefined && r.to === undefined) throw errors.invalidInput(`'${at}' needs 'from' or 'to'.`);
    const from = r.from === undefined ? undefined : comparable(field, r.from);
    const to = r.to === undefined ? undefined : comparable(field, r.to);
    if ((r.from !== undefined && from === undefined) || (r.to !== undefined && to === undefined)) {
      throw errors.invalidInput(`'${at}': 'from' and 'to' must be ${field.type === 'number' ? 'numbers' : 'DateTimes'}.`);
    }
    if (r.key !== undefined && typeof r.key !== 'string') throw errors.invalidInput(`'${at}.key' must be a string.`);
    const key = (r.key as string | undefined) ?? `${r.from === undefined ? '*' : String(r.from)}-${r.to === undefined ? '*' : String(r.to)}`;
    return { key, from, to };
  });
  return {
    ...base,
    compute(products) {
      const counts = ranges.map(() => 0);
      for (const product of products) {
        for (const unit of unitsOf(product, base, field)) {
          if (!unit.counted) continue;
          const numeric = unit.values.map((v) => (typeof v === 'string' ? Date.parse(v) : Number(v)));
          ranges.forEach((r, i) => {
            // `from` inclusive, `to` exclusive.
            if (numeric.some((v) => (r.from === undefined || v >= (r.from as number)) && (r.to === undefined || v < (r.to as number)))) {
              counts[i] = (counts[i] ?? 0) + 1;
            }
          });
        }
      }
      return { name: base.name, buckets: ranges.map((r, i) => ({ key: r.key, count: counts[i] ?? 0 })) };
    },
  };
}

function countFacet(body: Record<string, unknown>, path: string): CompiledFacet {
  checkProps(body, ['name', 'scope', 'filter', 'level'], path);
  const base = common(body, path);
  return {
    ...base,
    compute(products) {
      let value = 0;
      for (const product of products) value += unitsOf(product, base, undefined).filter((u) => u.counted).length;
      return { name: base.name, value };
    },
  };
}

function statsFacet(body: Record<string, unknown>, path: string): CompiledFacet {
  checkProps(body, ['name', 'scope', 'filter', 'field', 'fieldType', 'language'], path);
  const base = common(body, path);
  const field = resolveField(body);
  if (field.type !== 'number' && field.type !== 'datetime' && field.type !== 'date') {
    throw errors.invalidInput(`Stats facet '${base.name}' needs a number or date field, '${field.name}' is ${field.type}.`);
  }
  return {
    ...base,
    compute(products) {
      const values: FieldValue[] = [];
      for (const product of products) for (const unit of unitsOf(product, base, field)) if (unit.counted) values.push(...unit.values);
      if (values.length === 0) return { name: base.name, min: null, max: null, count: 0 };
      if (field.type !== 'number') {
        const sorted = [...values].sort((a, b) => Date.parse(String(a)) - Date.parse(String(b)));
        return { name: base.name, min: sorted[0], max: sorted[sorted.length - 1], count: values.length };
      }
      const numbers = values as number[];
      const sum = numbers.reduce((a, b) => a + b, 0);
      return { name: base.name, min: Math.min(...numbers), max: Math.max(...numbers), mean: sum / numbers.length, sum, count: numbers.length };
    },
  };
}

/** Parses the request's `facets`; each is computed later on the Products of its scope. */
export function parseFacets(value: unknown): CompiledFacet[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw errors.invalidInput("'facets' must be an array.");
  return value.map((facet, i) => {
    const path = `facets[${i}]`;
    if (!isObject(facet) || Object.keys(facet).length !== 1) {
      throw errors.invalidInput(`'${path}' must contain exactly one of distinct, ranges, count, stats.`);
    }
    const [kind, body] = Object.entries(facet)[0] as [string, unknown];
    if (!isObject(body)) throw errors.invalidInput(`'${path}.${kind}' must be an object.`);
    switch (kind) {
      case 'distinct':
        return distinctFacet(body, `${path}.distinct`);
      case 'ranges':
        return rangesFacet(body, `${path}.ranges`);
      case 'count':
        return countFacet(body, `${path}.count`);
      case 'stats':
        return statsFacet(body, `${path}.stats`);
      default:
        throw errors.invalidInput(`Unknown facet type '${kind}' in '${path}'.`);
    }
  });
}

export function computeFacets(
  facets: readonly CompiledFacet[],
  queried: readonly IndexedProduct[],
  all: readonly IndexedProduct[],
): FacetResult[] {
  return facets.map((f) => f.compute(f.scope === 'all' ? all : queried));
}
