// Creating and updating the resources that carry predicates and discounts, with the API's rules
// the mock skips:
// - predicates (`cartPredicate`, a target's `predicate`, a Shipping Method's `predicate`) must be
//   valid: a syntax error or an identifier this backend cannot evaluate is 400 InvalidInput, so a
//   discount never silently fails to apply;
// - CartDiscountDraft `isActive` defaults to true (the mock: false); DiscountCodeDraft `isActive`
//   is kept as given (the mock: always true);
// - DiscountCodeDraft `cartDiscounts` may name Cart Discounts by key; each must exist
//   (ReferencedResourceNotFound); `code` is unique (DuplicateField);
// - absolute and fixed values need one money value per currency (InvalidOperation).
import { errors } from '../errors';
import type { BackendContext, ProjectRequest, ProjectRoute } from '../project-route';
import { duplicateField, malformedPredicate } from './money-errors';
import { PredicateError, type PredicateVocabulary, validatePredicate } from './predicate';
import { cartVocabulary, customLineItemVocabulary, lineItemVocabulary } from './scopes';

function checkPredicate(field: string, value: unknown, vocabulary: PredicateVocabulary): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string') throw errors.invalidJson(`${field}: JSON String expected.`);
  try {
    validatePredicate(value, vocabulary);
  } catch (error) {
    if (error instanceof PredicateError) throw malformedPredicate(field, error.message);
    throw error;
  }
}

function checkTarget(target: unknown): void {
  if (typeof target !== 'object' || target === null) return;
  const { type, predicate } = target as { type?: unknown; predicate?: unknown };
  if (type === 'lineItems') checkPredicate('target.predicate', predicate, lineItemVocabulary);
  if (type === 'customLineItems') checkPredicate('target.predicate', predicate, customLineItemVocabulary);
}

function checkValue(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  const { type, money } = value as { type?: unknown; money?: unknown };
  if ((type === 'absolute' || type === 'fixed') && Array.isArray(money)) {
    const currencies = money.map((m) => (m as { currencyCode?: unknown }).currencyCode);
    if (money.length === 0 || new Set(currencies).size !== currencies.length) {
      throw errors.invalidOperation(`The '${type}' discount value needs exactly one money value per currency.`);
    }
  }
}

function actionsOf(req: ProjectRequest): Array<Record<string, unknown>> {
  const actions = req.body?.actions;
  return Array.isArray(actions) ? actions.filter((a): a is Record<string, unknown> => typeof a === 'object' && a !== null) : [];
}

async function createdId(ctx: BackendContext, req: ProjectRequest): Promise<{ id: string; status: number }> {
  const created = await ctx.forward(req);
  const { id } = JSON.parse(created.rawJson ?? '{}') as { id: string };
  return { id, status: created.status };
}

async function readResource(ctx: BackendContext, resource: string, id: string, status: number) {
  const result = await ctx.upstream.send('GET', `/${ctx.upstream.projectKey}/${resource}/${id}`);
  return { status, rawJson: result.rawJson };
}

const createCartDiscount: ProjectRoute = {
  name: 'create cart discount (money)',
  matches: (req) => req.method === 'POST' && req.segments.length === 1 && req.segments[0] === 'cart-discounts',
  async handle(req, ctx) {
    const draft = req.body ?? {};
    checkPredicate('cartPredicate', draft.cartPredicate, cartVocabulary);
    checkTarget(draft.target);
    checkValue(draft.value);
    const { id, status } = await createdId(ctx, req);
    await ctx.upstream.patchStored('cart-discount', id, (stored) => {
      stored.isActive = typeof draft.isActive === 'boolean' ? draft.isActive : true;
    });
    return readResource(ctx, 'cart-discounts', id, status);
  },
};

const updateCartDiscount: ProjectRoute = {
  name: 'update cart discount (money)',
  matches: (req) => req.method === 'POST' && req.segments.length === 2 && req.segments[0] === 'cart-discounts',
  async handle(req, ctx) {
    for (const action of actionsOf(req)) {
      if (action.action === 'changeCartPredicate') checkPredicate('cartPredicate', action.cartPredicate, cartVocabulary);
      if (action.action === 'changeTarget') checkTarget(action.target);
      if (action.action === 'changeValue') checkValue(action.value);
    }
    return ctx.forward(req);
  },
};

const createDiscountCode: ProjectRoute = {
  name: 'create discount code (money)',
  matches: (req) => req.method === 'POST' && req.segments.length === 1 && req.segments[0] === 'discount-codes',
  async handle(req, ctx) {
    const draft = { ...(req.body ?? {}) };
    checkPredicate('cartPredicate', draft.cartPredicate, cartVocabulary);
    if (typeof draft.code === 'string' && (await ctx.upstream.all('discount-code')).some((c) => c.code === draft.code)) {
      throw duplicateField('code', draft.code);
    }
    if (Array.isArray(draft.cartDiscounts)) {
      const resolved = [];
      for (const ref of draft.cartDiscounts as Array<{ id?: string; key?: string }>) {
        const discount = ref?.id
          ? await ctx.upstream.get('cart-discount', ref.id)
          : ref?.key
            ? await ctx.upstream.getByKey('cart-discount', ref.key)
            : null;
        if (!discount) {
          throw errors.referencedResourceNotFound('cart-discount', ref?.id ? `identifier '${ref.id}'` : `key '${ref?.key ?? ''}'`);
        }
        resolved.push({ typeId: 'cart-discount', id: discount.id });
      }
      draft.cartDiscounts = resolved;
    }
    const { id, status } = await createdId(ctx, { ...req, body: draft, rawBody: JSON.stringify(draft) });
    await ctx.upstream.patchStored('discount-code', id, (stored) => {
      stored.isActive = typeof draft.isActive === 'boolean' ? draft.isActive : true;
    });
    return readResource(ctx, 'discount-codes', id, status);
  },
};

const updateDiscountCode: ProjectRoute = {
  name: 'update discount code (money)',
  matches: (req) => req.method === 'POST' && req.segments.length === 2 && req.segments[0] === 'discount-codes',
  async handle(req, ctx) {
    for (const action of actionsOf(req)) {
      if (action.action === 'setCartPredicate') checkPredicate('cartPredicate', action.cartPredicate, cartVocabulary);
    }
    return ctx.forward(req);
  },
};

const shippingMethodPredicates: ProjectRoute = {
  name: 'shipping method predicates',
  matches: (req) =>
    req.method === 'POST' && req.segments[0] === 'shipping-methods' && (req.segments.length === 1 || req.segments.length === 2),
  async handle(req, ctx) {
    if (req.segments.length === 1) checkPredicate('predicate', req.body?.predicate, cartVocabulary);
    for (const action of actionsOf(req)) {
      if (action.action === 'setPredicate') checkPredicate('predicate', action.predicate, cartVocabulary);
    }
    return ctx.forward(req);
  },
};

export const discountAdminRoutes: readonly ProjectRoute[] = [
  createCartDiscount,
  updateCartDiscount,
  createDiscountCode,
  updateDiscountCode,
  shippingMethodPredicates,
];
