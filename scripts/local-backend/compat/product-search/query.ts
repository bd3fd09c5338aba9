// SearchQuery of the search query language: parsing with the real API's validation (400
// InvalidInput, never a 500) and evaluation against the index.
//
// Compound expressions: `and` (all match), `or` (at least one), `not` (none of the listed
// expressions), `filter` (all match, no contribution to the relevance score). Query expressions:
// exact, fullText, fullTextPrefix, fuzzy, prefix, wildcard, range, exists.
//
// A query is evaluated per context of its deepest field level: once per Product, per Variant, or
// per Price of each Variant. A Product matches when at least one context satisfies the whole query;
// so the Variant conditions of an `and` are satisfied by one and the same Variant (which then is a
// matching Variant), and Price conditions by one and the same Price.
import { errors } from '../errors';
import type { IndexedProduct } from './catalog';
import {
  type EvalContext,
  type FieldValue,
  type Level,
  PRICE,
  PRODUCT,
  type SearchField,
  VARIANT,
  comparable,
  comparableValues,
  resolveField,
} from './fields';
import {
  type MatchMode,
  fullTextPrefixScore,
  fullTextScore,
  fuzzyScore,
  sameText,
  startsWithText,
  wildcardPattern,
} from './text';

/** Score of the context (>= 0) when it matches, null when it does not. */
export type Evaluate = (ctx: EvalContext) => number | null;

export type QueryNode = { level: Level; evaluate: Evaluate };

const MAX_EXPRESSIONS = 50;
const MAX_STRING_LENGTH = 256;

const COMPOUND = ['and', 'or', 'not', 'filter'] as const;
const SIMPLE = ['exact', 'fullText', 'fullTextPrefix', 'fuzzy', 'prefix', 'wildcard', 'range', 'exists'] as const;
type SimpleKind = (typeof SIMPLE)[number];

const COMMON_PROPS = ['field', 'fieldType', 'boost', 'language'];
const ALLOWED_PROPS: Record<SimpleKind, readonly string[]> = {
  exact: [...COMMON_PROPS, 'value', 'values', 'caseInsensitive'],
  fullText: [...COMMON_PROPS, 'value', 'mustMatch'],
  fullTextPrefix: [...COMMON_PROPS, 'value', 'mustMatch'],
  fuzzy: [...COMMON_PROPS, 'value', 'level', 'mustMatch'],
  prefix: [...COMMON_PROPS, 'value', 'caseInsensitive'],
  wildcard: [...COMMON_PROPS, 'value', 'caseInsensitive'],
  range: [...COMMON_PROPS, 'gt', 'gte', 'lt', 'lte'],
  exists: [...COMMON_PROPS],
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type ParseState = { expressions: number };

function describe(path: string): string {
  return path === '' ? 'the query' : `'${path}'`;
}

function checkString(value: unknown, path: string): string {
  if (typeof value !== 'string') throw errors.invalidInput(`${describe(path)} must be a string.`);
  if (value.length > MAX_STRING_LENGTH) {
    throw errors.invalidInput(`${describe(path)} exceeds the maximum length of ${MAX_STRING_LENGTH} characters.`);
  }
  return value;
}

function optionalBoolean(value: unknown, path: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw errors.invalidInput(`${describe(path)} must be a boolean.`);
  return value;
}

function boostOf(value: unknown, path: string): number {
  if (value === undefined) return 1;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw errors.invalidInput(`${describe(path)} must be a positive number.`);
  }
  return value;
}

function matchModeOf(value: unknown, path: string): MatchMode {
  if (value === undefined) return 'all';
  if (value !== 'all' && value !== 'any') throw errors.invalidInput(`${describe(path)} must be 'all' or 'any'.`);
  return value;
}

function requireText(field: SearchField, kind: string): void {
  if (field.type !== 'keyword') {
    throw errors.invalidInput(`The ${kind} expression is not supported on field '${field.name}' (${field.type}).`);
  }
}

/** Any value of the field in the context satisfies the test. */
function anyValue(field: SearchField, test: (v: FieldValue) => boolean): (ctx: EvalContext) => boolean {
  return (ctx) => comparableValues(field, ctx).some(test);
}

function parseSimple(kind: SimpleKind, body: unknown, path: string, scoring: boolean): QueryNode {
  if (!isObject(body)) throw errors.invalidInput(`${describe(path)} must be an object.`);
  for (const prop of Object.keys(body)) {
    if (!ALLOWED_PROPS[kind].includes(prop)) throw errors.invalidInput(`Unknown property '${prop}' in ${describe(path)}.`);
  }
  const field = resolveField(body);
  const boost = boostOf(body.boost, `${path}.boost`);
  const weight = scoring ? boost : 0;
  const leaf = (matches: (ctx: EvalContext) => boolean): QueryNode => ({
    level: field.level,
    evaluate: (ctx) => (matches(ctx) ? weight : null),
  });

  switch (kind) {
    case 'exact': {
      const caseInsensitive = optionalBoolean(body.caseInsensitive, `${path}.caseInsensitive`);
      if ((body.value === undefined) === (body.values === undefined)) {
        throw errors.invalidInput(`${describe(path)} needs either 'value' or 'values'.`);
      }
      const given = body.values === undefined ? [body.value] : body.values;
      if (!Array.isArray(given) || given.length === 0) throw errors.invalidInput(`${describe(`${path}.values`)} must be a non-empty array.`);
      const wanted = given.map((v, i) => {
        if (typeof v === 'string') checkString(v, `${path}.values[${i}]`);
        const converted = comparable(field, v);
        if (converted === undefined) {
          throw errors.invalidInput(`Value ${JSON.stringify(v)} in ${describe(path)} does not fit field '${field.name}' (${field.type}).`);
        }
        return converted;
      });
      return leaf(
        anyValue(field, (v) =>
          wanted.some((w) => (typeof v === 'string' && typeof w === 'string' ? sameText(v, w, caseInsensitive) : v === w)),
        ),
      );
    }
    case 'prefix':
    case 'wildcard': {
      requireText(field, kind);
      const value = checkString(body.value, `${path}.value`);
      const caseInsensitive = optionalBoolean(body.caseInsensitive, `${path}.caseInsensitive`);
      if (kind === 'prefix') return leaf(anyValue(field, (v) => typeof v === 'string' && startsWithText(v, value, caseInsensitive)));
      const pattern = wildcardPattern(value, caseInsensitive);
      return leaf(anyValue(field, (v) => typeof v === 'string' && pattern.test(v)));
    }
    case 'fullText':
    case 'fullTextPrefix':
    case 'fuzzy': {
      requireText(field, kind);
      const value = checkString(body.value, `${path}.value`);
      const mode = matchModeOf(body.mustMatch, `${path}.mustMatch`);
      let level = 0;
      if (kind === 'fuzzy') {
        if (body.level === undefined) throw errors.invalidInput(`${describe(`${path}.level`)} is required.`);
        if (typeof body.level !== 'number' || ![0, 1, 2].includes(body.level)) {
          throw errors.invalidInput(`${describe(`${path}.level`)} must be 0, 1 or 2.`);
        }
        level = body.level;
      }
      const textWeight = field.textWeight * (kind === 'fuzzy' ? 0.5 : 1);
      return {
        level: field.level,
        evaluate: (ctx) => {
          const texts = field.texts(ctx);
          const fraction =
            kind === 'fullText'
              ? fullTextScore(value, texts, field.language, mode)
              : kind === 'fullTextPrefix'
                ? fullTextPrefixScore(value, texts, field.language, mode)
                : fuzzyScore(value, texts, level, mode);
          if (fraction === 0) return null;
          return scoring ? fraction * textWeight * boost : 0;
        },
      };
    }
    case 'range': {
      if (field.type === 'keyword' || field.type === 'boolean') {
        throw errors.invalidInput(`The range expression is not supported on field '${field.name}' (${field.type}).`);
      }
      const bounds: Array<[string, (a: FieldValue, b: FieldValue) => boolean]> = [
        ['gt', (a, b) => a > b],
        ['gte', (a, b) => a >= b],
        ['lt', (a, b) => a < b],
        ['lte', (a, b) => a <= b],
      ];
      const tests: Array<(v: FieldValue) => boolean> = [];
      for (const [name, compare] of bounds) {
        const raw = body[name];
        if (raw === undefined) continue;
        const bound = comparable(field, raw);
        if (bound === undefined) {
          throw errors.invalidInput(`${describe(`${path}.${name}`)} does not fit field '${field.name}' (${field.type}).`);
        }
        tests.push((v) => compare(v, bound));
      }
      if (tests.length === 0) throw errors.invalidInput(`${describe(path)} needs at least one of gt, gte, lt, lte.`);
      return leaf(anyValue(field, (v) => tests.every((t) => t(v))));
    }
    case 'exists':
      return leaf((ctx) => field.values(ctx).length > 0);
  }
}

function parseList(value: unknown, path: string, min: number): unknown[] {
  if (!Array.isArray(value) || value.length < min) {
    throw errors.invalidInput(
      min > 1 ? `${describe(path)} must be an array of at least ${min} expressions.` : `${describe(path)} must be a non-empty array.`,
    );
  }
  return value;
}

function parseNode(query: unknown, path: string, state: ParseState, scoring: boolean): QueryNode {
  if (!isObject(query)) throw errors.invalidInput(`${describe(path)} must be a query expression object.`);
  const keys = Object.keys(query);
  if (keys.length !== 1) {
    throw errors.invalidInput(`${describe(path)} must contain exactly one expression, found ${keys.length === 0 ? 'none' : keys.join(', ')}.`);
  }
  const kind = keys[0] as string;
  const at = path === '' ? kind : `${path}.${kind}`;
  state.expressions += 1;
  if (state.expressions > MAX_EXPRESSIONS) {
    throw errors.invalidInput(`A search query can contain at most ${MAX_EXPRESSIONS} query or compound expressions.`);
  }

  if ((SIMPLE as readonly string[]).includes(kind)) return parseSimple(kind as SimpleKind, query[kind], at, scoring);
  if (!(COMPOUND as readonly string[]).includes(kind)) throw errors.invalidInput(`Unknown query expression '${kind}' in ${describe(path)}.`);

  // `and`/`or` combine expressions: the API refuses them with a single one (write it bare).
  const list = parseList(query[kind], at, kind === 'and' || kind === 'or' ? 2 : 1);
  if (kind === 'filter') {
    const children = list.map((item, i) => {
      const itemPath = `${at}[${i}]`;
      if (!isObject(item) || Object.keys(item).length !== 1 || !(SIMPLE as readonly string[]).includes(Object.keys(item)[0] as string)) {
        throw errors.invalidInput(`${describe(itemPath)} must be a query expression (${SIMPLE.join(', ')}).`);
      }
      return parseNode(item, itemPath, state, false);
    });
    return {
      level: Math.max(...children.map((c) => c.level)) as Level,
      evaluate: (ctx) => (children.every((c) => c.evaluate(ctx) !== null) ? 0 : null),
    };
  }
  const children = list.map((item, i) => parseNode(item, `${at}[${i}]`, state, scoring && kind !== 'not'));
  const level = Math.max(...children.map((c) => c.level)) as Level;
  switch (kind) {
    case 'and':
      return {
        level,
        evaluate: (ctx) => {
          let sum = 0;
          for (const c of children) {
            const s = c.evaluate(ctx);
            if (s === null) return null;
            sum += s;
          }
          return sum;
        },
      };
    case 'or':
      return {
        level,
        evaluate: (ctx) => {
          let sum: number | null = null;
          for (const c of children) {
            const s = c.evaluate(ctx);
            if (s !== null) sum = (sum ?? 0) + s;
          }
          return sum;
        },
      };
    default: // not
      return { level, evaluate: (ctx) => (children.some((c) => c.evaluate(ctx) !== null) ? null : 0) };
  }
}

/** Parses a SearchQuery (the request's `query`, `postFilter`, a facet's or a sort's `filter`). */
export function parseQuery(query: unknown, path: string, options: { scoring: boolean } = { scoring: true }): QueryNode {
  return parseNode(query, path, { expressions: 0 }, options.scoring);
}

/** Every context of a product down to the given level. */
export function* contexts(product: IndexedProduct, level: Level): Generator<EvalContext> {
  if (level === PRODUCT) {
    yield { product };
    return;
  }
  for (const variant of product.variants) {
    if (level === VARIANT || variant.prices.length === 0) {
      yield { product, variant };
      continue;
    }
    for (const price of variant.prices) yield { product, variant, price };
  }
}

export type ProductMatch = {
  score: number;
  /** Ids of the Variants that satisfy the query; all Variants for a query on Product fields only. */
  variantIds: ReadonlySet<number>;
};

/** Whether (and how) a Product matches a query node. */
export function matchProduct(node: QueryNode, product: IndexedProduct): ProductMatch | null {
  if (node.level === PRODUCT) {
    const score = node.evaluate({ product });
    return score === null ? null : { score, variantIds: new Set(product.variants.map((v) => v.id)) };
  }
  let best: number | null = null;
  const variantIds = new Set<number>();
  for (const ctx of contexts(product, node.level)) {
    const score = node.evaluate(ctx);
    if (score === null) continue;
    best = Math.max(best ?? 0, score);
    if (ctx.variant) variantIds.add(ctx.variant.id);
  }
  return best === null ? null : { score: best, variantIds };
}

export { PRICE, PRODUCT, VARIANT };
