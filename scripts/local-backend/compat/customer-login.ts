// POST /{projectKey}/login, "Authenticate (sign in) Customer": email matched case-insensitively,
// password checked against the stored hash, one identical InvalidCredentials answer for an unknown
// email and a wrong password, and the anonymous cart handled per anonymousCartSignInMode.
import { z } from 'zod';
import { adoptAnonymousSession } from './anonymous-session';
import { customerResponse, parseBody } from './customer-accounts';
import { errors } from './errors';
import { verifyPassword } from './password-hash';
import type { ProjectRoute } from './project-route';

const signInFields = z.object({
  email: z.string(),
  password: z.string(),
  anonymousCart: z
    .object({ typeId: z.literal('cart').optional(), id: z.string().optional(), key: z.string().optional() })
    .optional(),
  anonymousCartId: z.string().optional(),
  anonymousCartSignInMode: z.enum(['MergeWithExistingCustomerCart', 'UseAsNewActiveCustomerCart']).optional(),
  anonymousId: z.string().optional(),
  updateProductData: z.boolean().optional(),
});

export const customerLoginRoute: ProjectRoute = {
  name: 'customer sign-in',
  matches: (req) => req.method === 'POST' && req.segments.length === 1 && req.segments[0] === 'login',
  async handle(req, ctx) {
    const fields = parseBody(signInFields, req.body);
    const email = fields.email.trim().toLowerCase();
    const customers = await ctx.upstream.all('customer');
    const customer = customers.find((c) => ((c as { lowercaseEmail?: string }).lowercaseEmail ?? c.email.toLowerCase()) === email);

    // Always verify (against a dummy hash when there is no such customer): same answer, same time.
    const valid = await verifyPassword(fields.password, customer?.password);
    if (!customer || !valid) throw errors.invalidCredentials();

    const cartRef = fields.anonymousCart ?? (fields.anonymousCartId ? { id: fields.anonymousCartId } : undefined);
    const cart = await adoptAnonymousSession(ctx, customer, {
      cart: cartRef,
      mode: fields.anonymousCartSignInMode ?? 'MergeWithExistingCustomerCart',
      anonymousId: fields.anonymousId,
    });
    const current = await ctx.upstream.get('customer', customer.id);
    return customerResponse(200, cart ? { customer: current, cart } : { customer: current });
  },
};
