// Sorting of Product Search results: by `score` (relevance) or any searchable field, in the order
// the criteria are given, each `asc` or `desc`. A field with several values per Product (Variant
// and Price fields, sets) is reduced with `mode` (min, max, avg, sum; default min for asc, max for
// desc) over the values whose context passes the sort `filter` (for example only the EUR prices:
// `{"exact": {"field": "variants.prices.currencyCode", "value": "EUR"}}`). Products without a
// value come last in both orders. Remaining ties are broken by Product id, so paging is stable.
import { errors } from '../errors';
import type { IndexedProduct } from './catalog';
import { type FieldValue, type Level, PRODUCT, type SearchField, comparableValues, resolveField } from './fields';
import { type QueryNode, contexts, parseQuery } from './query';

type Mode = 'min' | 'max' | 'avg' | 'sum';

export type SortCriterion =
  | { kind: 'score'; order: 1 | -1 }
  | { kind: 'field'; order: 1 | -1; field: SearchField; mode: Mode; filter?: QueryNode; collator?: Intl.Collator };

export type Sortable = { product: IndexedProduct; score: number };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collatorFor(language: string, path: string): Intl.Collator {
  try {
    return new Intl.Collator(language, { sensitivity: 'base' });
  } catch {
    throw errors.invalidInput(`'${path}.language' is not a valid language tag: '${language}'.`);
  }
}

const DEFAULT_SORT: SortCriterion[] = [{ kind: 'score', order: -1 }];

export function parseSort(value: unknown): SortCriterion[] {
  if (value === undefined) return DEFAULT_SORT;
  if (!Array.isArray(value)) throw errors.invalidInput("'sort' must be an array of sort criteria.");
  if (value.length === 0) return DEFAULT_SORT;
  return value.map((item, i) => {
    const path = `sort[${i}]`;
    if (!isObject(item)) throw errors.invalidInput(`'${path}' must be an object.`);
    for (const prop of Object.keys(item)) {
      if (!['field', 'language', 'order', 'mode', 'fieldType', 'filter'].includes(prop)) {
        throw errors.invalidInput(`Unknown property '${prop}' in '${path}'.`);
      }
    }
    if (item.order !== 'asc' && item.order !== 'desc') throw errors.invalidInput(`'${path}.order' is required: 'asc' or 'desc'.`);
    const order = item.order === 'asc' ? 1 : -1;
    if (item.field === 'score') return { kind: 'score', order } as const;
    const field = resolveField(item);
    const mode = item.mode ?? (order === 1 ? 'min' : 'max');
    if (mode !== 'min' && mode !== 'max' && mode !== 'avg' && mode !== 'sum') {
      throw errors.invalidInput(`'${path}.mode' must be one of min, max, avg, sum.`);
    }
    if ((mode === 'avg' || mode === 'sum') && field.type !== 'number') {
      throw errors.invalidInput(`'${path}.mode' ${mode} needs a number field.`);
    }
    const filter = item.filter === undefined ? undefined : parseQuery(item.filter, `${path}.filter`, { scoring: false });
    // Localized text sorts by the language's collation, case-insensitively; other strings
    // (ids, keys, SKUs) by code point.
    const collator = field.type === 'keyword' && field.language !== undefined ? collatorFor(field.language, path) : undefined;
    return { kind: 'field', order, field, mode, filter, collator } as const;
  });
}

/** Compare values of one type: strings by collation (then code point), everything else numerically. */
function compareValues(a: FieldValue, b: FieldValue, collator: Intl.Collator | undefined): number {
  if (typeof a === 'string' && typeof b === 'string') {
    const byCollation = collator ? collator.compare(a, b) : 0;
    return byCollation !== 0 ? byCollation : a < b ? -1 : a > b ? 1 : 0;
  }
  return Number(a) - Number(b);
}

function sortValue(product: IndexedProduct, c: Extract<SortCriterion, { kind: 'field' }>): FieldValue | undefined {
  const depth = Math.max(c.field.level, c.filter?.level ?? PRODUCT) as Level;
  const values: FieldValue[] = [];
  for (const ctx of contexts(product, depth)) {
    if (c.filter && c.filter.evaluate(ctx) === null) continue;
    values.push(...comparableValues(c.field, ctx));
  }
  if (values.length === 0) return undefined;
  if (c.mode === 'sum' || c.mode === 'avg') {
    const sum = (values as number[]).reduce((a, b) => a + b, 0);
    return c.mode === 'sum' ? sum : sum / values.length;
  }
  return values.reduce((best, v) => {
    const cmp = compareValues(v, best, c.collator);
    return (c.mode === 'min' ? cmp < 0 : cmp > 0) ? v : best;
  });
}

export function sortResults<T extends Sortable>(items: readonly T[], criteria: readonly SortCriterion[]): T[] {
  const keyed = items.map((item) => ({
    item,
    keys: criteria.map((c) => (c.kind === 'score' ? item.score : sortValue(item.product, c))),
  }));
  keyed.sort((a, b) => {
    for (let i = 0; i < criteria.length; i++) {
      const c = criteria[i] as SortCriterion;
      const va = a.keys[i];
      const vb = b.keys[i];
      if (va === undefined || vb === undefined) {
        if (va === vb) continue;
        return va === undefined ? 1 : -1; // missing values last, whatever the order
      }
      const cmp = compareValues(va, vb, c.kind === 'field' ? c.collator : undefined);
      if (cmp !== 0) return c.order * cmp;
    }
    return a.item.product.id < b.item.product.id ? -1 : a.item.product.id > b.item.product.id ? 1 : 0;
  });
  return keyed.map((k) => k.item);
}
