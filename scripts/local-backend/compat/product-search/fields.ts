// The searchable Product fields of Product Search and how to read their values from the index.
//
// Every field lives on one level: the Product (name, categories, ...), the Product Variant (sku,
// attributes, availability) or a Price of a Variant (variants.prices.*). Expressions on deeper
// levels are evaluated per Variant (and per Price), so the conditions of an `and` must hold on the
// SAME Variant, and price conditions on the SAME Price (`currencyCode` EUR and `centAmount` 2222
// is a Variant with a Price of 22.22 EUR, not any EUR price plus any price of 2222).
import type { Attribute, LocalizedString } from '@commercetools/platform-sdk';
import { errors } from '../errors';
import { type IndexedProduct, type IndexedVariant, analyzedOf } from './catalog';
import type { AnalyzedText } from './text';

export const PRODUCT = 0;
export const VARIANT = 1;
export const PRICE = 2;
export type Level = typeof PRODUCT | typeof VARIANT | typeof PRICE;

export type EvalContext = {
  product: IndexedProduct;
  variant?: IndexedVariant;
  price?: IndexedVariant['prices'][number];
};

/** keyword: compared as a whole string; number/date types: ordered; boolean. */
export type ValueType = 'keyword' | 'number' | 'boolean' | 'datetime' | 'date' | 'time';

export type FieldValue = string | number | boolean;

export type SearchField = {
  /** As given in the request, for messages. */
  name: string;
  level: Level;
  type: ValueType;
  /** Text of localized fields is read in this language. */
  language?: string;
  /** Weight of a full-text match in the relevance score. */
  textWeight: number;
  values(ctx: EvalContext): FieldValue[];
  /** The values analyzed for full-text search (only for keyword-typed fields). */
  texts(ctx: EvalContext): AnalyzedText[];
};

export type FieldRequest = { field?: unknown; language?: unknown; fieldType?: unknown };

const FIELD_TYPES = new Set([
  'boolean',
  'date',
  'datetime',
  'enum',
  'lenum',
  'ltext',
  'money',
  'number',
  'reference',
  'text',
  'time',
]);

function localized(value: LocalizedString | undefined, language: string): string[] {
  const text = value?.[language];
  return typeof text === 'string' ? [text] : [];
}

function defined<T>(value: T | undefined | null): T[] {
  return value === undefined || value === null ? [] : [value];
}

function requireLanguage(name: string, language: string | undefined): string {
  if (language === undefined) throw errors.invalidInput(`Field '${name}' is localized: 'language' is required.`);
  return language;
}

type Spec = {
  level: Level;
  type: ValueType;
  localized?: boolean;
  textWeight?: number;
  read(ctx: EvalContext, language: string): FieldValue[];
};

const STANDARD: Record<string, Spec> = {
  id: { level: PRODUCT, type: 'keyword', read: (c) => [c.product.id] },
  key: { level: PRODUCT, type: 'keyword', read: (c) => defined(c.product.key) },
  name: { level: PRODUCT, type: 'keyword', localized: true, textWeight: 3, read: (c, l) => localized(c.product.data.name, l) },
  description: {
    level: PRODUCT,
    type: 'keyword',
    localized: true,
    textWeight: 1,
    read: (c, l) => localized(c.product.data.description, l),
  },
  slug: { level: PRODUCT, type: 'keyword', localized: true, read: (c, l) => localized(c.product.data.slug, l) },
  searchKeywords: {
    level: PRODUCT,
    type: 'keyword',
    localized: true,
    textWeight: 2,
    read: (c, l) => (c.product.data.searchKeywords?.[l] ?? []).map((k) => k.text),
  },
  productType: { level: PRODUCT, type: 'keyword', read: (c) => [c.product.productTypeId] },
  taxCategory: { level: PRODUCT, type: 'keyword', read: (c) => defined(c.product.product.taxCategory?.id) },
  state: { level: PRODUCT, type: 'keyword', read: (c) => defined(c.product.product.state?.id) },
  categories: { level: PRODUCT, type: 'keyword', read: (c) => [...c.product.categories] },
  categoriesSubTree: { level: PRODUCT, type: 'keyword', read: (c) => [...c.product.categoriesSubTree] },
  createdAt: { level: PRODUCT, type: 'datetime', read: (c) => [c.product.createdAt] },
  lastModifiedAt: { level: PRODUCT, type: 'datetime', read: (c) => [c.product.lastModifiedAt] },
  'variants.sku': { level: VARIANT, type: 'keyword', read: (c) => defined(c.variant?.sku) },
  'variants.key': { level: VARIANT, type: 'keyword', read: (c) => defined(c.variant?.key) },
  'variants.availability.isOnStock': {
    level: VARIANT,
    type: 'boolean',
    read: (c) => defined(c.variant?.availability?.isOnStock),
  },
  'variants.availability.availableQuantity': {
    level: VARIANT,
    type: 'number',
    read: (c) => defined(c.variant?.availability?.availableQuantity),
  },
  'variants.availability.restockableInDays': {
    level: VARIANT,
    type: 'number',
    read: (c) => defined(c.variant?.availability?.restockableInDays),
  },
  'variants.availability.isOnStockForChannel': {
    level: VARIANT,
    type: 'keyword',
    read: (c) =>
      Object.entries(c.variant?.availability?.channels ?? {})
        .filter(([, a]) => a.isOnStock)
        .map(([channel]) => channel),
  },
  'variants.prices.centAmount': { level: PRICE, type: 'number', read: (c) => defined(c.price?.value.centAmount) },
  'variants.prices.currencyCode': { level: PRICE, type: 'keyword', read: (c) => defined(c.price?.value.currencyCode) },
  'variants.prices.country': { level: PRICE, type: 'keyword', read: (c) => defined(c.price?.country) },
  'variants.prices.customerGroup': { level: PRICE, type: 'keyword', read: (c) => defined(c.price?.customerGroup?.id) },
  'variants.prices.channel': { level: PRICE, type: 'keyword', read: (c) => defined(c.price?.channel?.id) },
  'variants.prices.validFrom': { level: PRICE, type: 'datetime', read: (c) => defined(c.price?.validFrom) },
  'variants.prices.validUntil': { level: PRICE, type: 'datetime', read: (c) => defined(c.price?.validUntil) },
  'variants.prices.key': { level: PRICE, type: 'keyword', read: (c) => defined(c.price?.key) },
};

type AttributeSpec = { fieldType: string; sub?: string };

/** Reads one element of an Attribute value as the fieldType names it. */
function attributeElement(value: unknown, spec: AttributeSpec, language: string | undefined): FieldValue[] {
  const base = spec.fieldType.replace(/^set_/, '');
  const v = value as Record<string, unknown> | null;
  switch (base) {
    case 'text':
    case 'date':
    case 'datetime':
    case 'time':
      return typeof value === 'string' ? [value] : [];
    case 'number':
      return typeof value === 'number' ? [value] : [];
    case 'boolean':
      return typeof value === 'boolean' ? [value] : [];
    case 'ltext':
      return language !== undefined && typeof v?.[language] === 'string' ? [v[language] as string] : [];
    case 'enum':
      if (spec.sub === 'label') return typeof v?.label === 'string' ? [v.label] : [];
      return typeof v?.key === 'string' ? [v.key] : [];
    case 'lenum': {
      if (spec.sub === 'label') {
        const label = v?.label as Record<string, unknown> | undefined;
        return language !== undefined && typeof label?.[language] === 'string' ? [label[language] as string] : [];
      }
      return typeof v?.key === 'string' ? [v.key] : [];
    }
    case 'money':
      if (spec.sub === 'currencyCode') return typeof v?.currencyCode === 'string' ? [v.currencyCode] : [];
      return typeof v?.centAmount === 'number' ? [v.centAmount] : [];
    case 'reference':
      return typeof v?.id === 'string' ? [v.id] : [];
    default:
      return [];
  }
}

function attributeValueType(spec: AttributeSpec): ValueType {
  const base = spec.fieldType.replace(/^set_/, '');
  if (base === 'number' || (base === 'money' && spec.sub !== 'currencyCode')) return 'number';
  if (base === 'boolean') return 'boolean';
  if (base === 'date' || base === 'datetime' || base === 'time') return base;
  return 'keyword';
}

const SUBFIELDS: Record<string, readonly string[]> = {
  enum: ['key', 'label'],
  lenum: ['key', 'label'],
  money: ['centAmount', 'currencyCode'],
  reference: ['id'],
};

function attributeField(name: string, path: string, level: Level, fieldType: unknown, language: string | undefined): SearchField {
  if (fieldType === undefined) {
    throw errors.invalidInput(`Field '${name}' is an Attribute: 'fieldType' (the Attribute type) is required.`);
  }
  if (typeof fieldType !== 'string' || !FIELD_TYPES.has(fieldType.replace(/^set_/, ''))) {
    throw errors.invalidInput(`Invalid fieldType '${String(fieldType)}' for field '${name}'.`);
  }
  const [attributeName = '', sub, ...rest] = path.split('.');
  const base = fieldType.replace(/^set_/, '');
  if (attributeName === '' || rest.length > 0 || (sub !== undefined && !(SUBFIELDS[base] ?? []).includes(sub))) {
    throw errors.invalidInput(`Field '${name}' is not a searchable field for fieldType '${fieldType}'.`);
  }
  const spec: AttributeSpec = { fieldType, sub };
  const needsLanguage = base === 'ltext' || (base === 'lenum' && sub === 'label');
  if (needsLanguage) requireLanguage(name, language);

  const read = (ctx: EvalContext): FieldValue[] => {
    // An Attribute is indexed with the type its definition declares, and only when searchable.
    const info = ctx.product.attributes.get(attributeName);
    if (!info || !info.isSearchable || info.fieldType !== fieldType) return [];
    const list: readonly Attribute[] = level === PRODUCT ? (ctx.product.data.attributes ?? []) : (ctx.variant?.data.attributes ?? []);
    const attribute = list.find((a) => a.name === attributeName);
    if (!attribute) return [];
    const elements = fieldType.startsWith('set_') && Array.isArray(attribute.value) ? attribute.value : [attribute.value];
    return elements.flatMap((e: unknown) => attributeElement(e, spec, language));
  };
  const type = attributeValueType(spec);
  return {
    name,
    level,
    type,
    language,
    textWeight: 1,
    values: read,
    texts: (ctx) =>
      analyzedOf(ctx.product, `${name}:${language ?? ''}:${ctx.variant?.id ?? 0}`, language, () =>
        read(ctx).filter((v): v is string => typeof v === 'string'),
      ),
  };
}

/** The searchable field an expression, facet or sort names; unknown fields are 400 InvalidInput. */
export function resolveField(request: FieldRequest): SearchField {
  const { field, fieldType } = request;
  if (typeof field !== 'string' || field === '') throw errors.invalidInput("'field' is required and must be a string.");
  if (request.language !== undefined && typeof request.language !== 'string') {
    throw errors.invalidInput(`'language' of field '${field}' must be a string.`);
  }
  const language = request.language as string | undefined;

  if (field.startsWith('variants.attributes.')) {
    return attributeField(field, field.slice('variants.attributes.'.length), VARIANT, fieldType, language);
  }
  if (field.startsWith('attributes.')) {
    return attributeField(field, field.slice('attributes.'.length), PRODUCT, fieldType, language);
  }
  const spec = STANDARD[field];
  if (!spec) throw errors.invalidInput(`'${field}' is not a searchable field of Product Search.`);
  if (spec.localized) requireLanguage(field, language);
  const lang = language ?? '';
  const values = (ctx: EvalContext) => spec.read(ctx, lang);
  return {
    name: field,
    level: spec.level,
    type: spec.type,
    language,
    textWeight: spec.textWeight ?? 1,
    values,
    texts: (ctx) =>
      analyzedOf(ctx.product, `${field}:${lang}:${spec.level === PRODUCT ? 0 : (ctx.variant?.id ?? 0)}`, language, () =>
        values(ctx).filter((v): v is string => typeof v === 'string'),
      ),
  };
}

/** A value given in a request, converted for comparison with values of the field; undefined if it cannot be. */
export function comparable(field: SearchField, value: unknown): FieldValue | undefined {
  switch (field.type) {
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      return undefined;
    case 'boolean':
      if (typeof value === 'boolean') return value;
      return undefined;
    case 'datetime':
    case 'date': {
      if (typeof value !== 'string') return undefined;
      const time = Date.parse(value);
      return Number.isNaN(time) ? undefined : time;
    }
    case 'time':
      return typeof value === 'string' ? value : undefined;
    case 'keyword':
      return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
  }
}

/** Values of the field in a context, ready to compare with `comparable` request values. */
export function comparableValues(field: SearchField, ctx: EvalContext): FieldValue[] {
  const values = field.values(ctx);
  if (field.type === 'datetime' || field.type === 'date') {
    return values.flatMap((v) => {
      const time = typeof v === 'string' ? Date.parse(v) : Number.NaN;
      return Number.isNaN(time) ? [] : [time];
    });
  }
  return values;
}
