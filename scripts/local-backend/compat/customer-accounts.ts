// Customer accounts with passwords handled the way the real API does: stored only as hashes
// (salted scrypt here), never returned (masked in every customer response), and sign-up that
// adopts the shopper's anonymous cart. Covers POST /customers (sign-up), POST /customers/password
// (change password), POST /customers/password-token and POST /customers/password/reset (random,
// single-use tokens with the API's default TTL of 10 minutes, older tokens invalidated on request:
// the mock's tokens are guessable and reusable), and masking on all other /customers calls.
import { randomBytes } from 'node:crypto';
import type { Cart, Customer } from '@commercetools/platform-sdk';
import { z } from 'zod';
import { adoptAnonymousSession } from './anonymous-session';
import { CtError, errors } from './errors';
import { jsonResponse, type CompatResponse } from './http';
import { MASKED_PASSWORD, hashPassword, verifyPassword } from './password-hash';
import type { BackendContext, ProjectRequest, ProjectRoute } from './project-route';

type JsonObject = Record<string, unknown>;

export function omit(object: JsonObject, keys: readonly string[]): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function maskOne(value: unknown): void {
  if (isObject(value) && typeof value.password === 'string') value.password = MASKED_PASSWORD;
}

/** Masks `password` on a customer, a sign-in result (`customer`) or a query result (`results`). */
export function maskCustomerPasswords<T>(body: T): T {
  if (!isObject(body)) return body;
  maskOne(body);
  maskOne(body.customer);
  if (Array.isArray(body.results)) body.results.forEach(maskOne);
  return body;
}

export function customerResponse(status: number, body: unknown): CompatResponse {
  return jsonResponse(status, maskCustomerPasswords(body));
}

function invalidBody(issues: z.core.$ZodIssue[]): never {
  const detail = issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ');
  throw errors.invalidJson(detail);
}

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (!result.success) invalidBody(result.error.issues);
  return result.data;
}

const resourceIdentifier = z.object({
  typeId: z.literal('cart').optional(),
  id: z.string().optional(),
  key: z.string().optional(),
});

const signUpFields = z.object({
  email: z.string().min(1),
  password: z.string().min(1).optional(),
  authenticationMode: z.enum(['Password', 'ExternalAuth']).optional(),
  anonymousCart: resourceIdentifier.optional(),
  anonymousCartId: z.string().optional(),
  anonymousId: z.string().optional(),
});

const signUp: ProjectRoute = {
  name: 'customer sign-up',
  matches: (req) => req.method === 'POST' && req.segments.length === 1 && req.segments[0] === 'customers',
  async handle(req, ctx) {
    const fields = parseBody(signUpFields, req.body);
    if ((fields.authenticationMode ?? 'Password') === 'Password' && fields.password === undefined) {
      throw errors.invalidOperation("A password is required when the authenticationMode is 'Password'.");
    }
    const passwordHash = fields.password === undefined ? undefined : await hashPassword(fields.password);

    // The mock never sees the password, so it never stores a reversible form of it.
    const draft = omit(req.body ?? {}, ['password', 'anonymousCart', 'anonymousCartId', 'anonymousId']);
    const created = await ctx.forward({ ...req, rawBody: JSON.stringify(draft) });
    const { customer } = JSON.parse(created.rawJson ?? '{}') as { customer: Customer };

    await ctx.upstream.patchStored('customer', customer.id, (c) => {
      c.password = passwordHash;
      c.email = fields.email; // the real API keeps the email as given; lowercaseEmail is for lookups
    });

    const cartRef = fields.anonymousCart ?? (fields.anonymousCartId ? { id: fields.anonymousCartId } : undefined);
    let cart: Cart | undefined;
    if (cartRef || fields.anonymousId !== undefined) {
      cart = await adoptAnonymousSession(ctx, customer, {
        cart: cartRef,
        mode: 'UseAsNewActiveCustomerCart',
        anonymousId: fields.anonymousId,
      });
    }
    const stored = await ctx.upstream.get('customer', customer.id);
    return customerResponse(201, cart ? { customer: stored, cart } : { customer: stored });
  },
};

const changePasswordFields = z.object({
  id: z.string(),
  version: z.number().int(),
  currentPassword: z.string(),
  newPassword: z.string().min(1),
});

const changePassword: ProjectRoute = {
  name: 'change customer password',
  matches: (req) =>
    req.method === 'POST' && req.segments.length === 2 && req.segments[0] === 'customers' && req.segments[1] === 'password',
  async handle(req, ctx) {
    const fields = parseBody(changePasswordFields, req.body);
    return ctx.locks.run(`customer:${fields.id}`, async () => {
      const customer = await ctx.upstream.get('customer', fields.id);
      if (!customer) throw errors.resourceNotFound(fields.id);
      if (customer.version !== fields.version) {
        throw errors.concurrentModification(customer.id, fields.version, customer.version);
      }
      if (!(await verifyPassword(fields.currentPassword, customer.password))) throw errors.invalidCurrentPassword();
      const newHash = await hashPassword(fields.newPassword);
      await ctx.upstream.writeNewVersion('customer', customer.id, (c) => {
        c.password = newHash;
      });
      return customerResponse(200, await ctx.upstream.get('customer', customer.id));
    });
  },
};

/** Reset tokens per backend: value -> customer and expiry. Used or expired tokens are gone. */
type ResetToken = { customerId: string; expiresAt: number };
const resetTokens = new WeakMap<object, Map<string, ResetToken>>();
function tokensOf(ctx: BackendContext): Map<string, ResetToken> {
  let tokens = resetTokens.get(ctx.upstream);
  if (!tokens) resetTokens.set(ctx.upstream, (tokens = new Map()));
  return tokens;
}

const passwordTokenFields = z.object({
  email: z.string().min(1),
  ttlMinutes: z.number().int().min(1).max(43200).optional(),
  invalidateOlderTokens: z.boolean().optional(),
});

const passwordToken: ProjectRoute = {
  name: 'customer password token',
  matches: (req) =>
    req.method === 'POST' && req.segments.length === 2 && req.segments[0] === 'customers' && req.segments[1] === 'password-token',
  async handle(req, ctx) {
    const fields = parseBody(passwordTokenFields, req.body);
    // The mock finds the customer by email; the token is ours. An unknown email is a 404 in the real
    // API (the mock says 400).
    const answer = await ctx.forward(req).catch((error: unknown) => {
      if (error instanceof CtError && error.errors[0].code === 'ResourceNotFound') throw new CtError(404, error.errors);
      throw error;
    });
    const issued = JSON.parse(answer.rawJson ?? '{}') as { customerId: string } & JsonObject;
    const tokens = tokensOf(ctx);
    if (fields.invalidateOlderTokens) {
      for (const [value, token] of tokens) if (token.customerId === issued.customerId) tokens.delete(value);
    }
    const value = randomBytes(32).toString('base64url');
    const expiresAt = Date.now() + (fields.ttlMinutes ?? 10) * 60_000;
    tokens.set(value, { customerId: issued.customerId, expiresAt });
    return jsonResponse(200, { ...issued, value, expiresAt: new Date(expiresAt).toISOString() });
  },
};

const resetPasswordFields = z.object({ tokenValue: z.string(), newPassword: z.string().min(1), version: z.number().int().optional() });

const resetPassword: ProjectRoute = {
  name: 'reset customer password',
  matches: (req) =>
    req.method === 'POST' &&
    req.segments.length === 3 &&
    req.segments[0] === 'customers' &&
    req.segments[1] === 'password' &&
    req.segments[2] === 'reset',
  async handle(req, ctx) {
    const fields = parseBody(resetPasswordFields, req.body);
    const tokens = tokensOf(ctx);
    const token = tokens.get(fields.tokenValue);
    // Single use: the token is spent whether or not the rest succeeds.
    tokens.delete(fields.tokenValue);
    if (!token || token.expiresAt < Date.now()) throw errors.resourceNotFound(`Token(${fields.tokenValue.slice(0, 6)}...)`);
    const customer = await ctx.upstream.get('customer', token.customerId);
    if (!customer) throw errors.resourceNotFound(token.customerId);
    const newHash = await hashPassword(fields.newPassword);
    await ctx.upstream.writeNewVersion('customer', customer.id, (c) => {
      c.password = newHash;
    });
    return customerResponse(200, await ctx.upstream.get('customer', customer.id));
  },
};

/** Every other /customers call goes to the mock; only the password in the answer is masked. */
const otherCustomerCalls: ProjectRoute = {
  name: 'customer responses',
  matches: (req) => req.segments[0] === 'customers' && req.method !== 'HEAD',
  async handle(req: ProjectRequest, ctx: BackendContext) {
    const response = await ctx.forward(req);
    return customerResponse(response.status, JSON.parse(response.rawJson ?? 'null'));
  },
};

export const customerAccountRoutes: ProjectRoute[] = [signUp, changePassword, passwordToken, resetPassword, otherCustomerCalls];
