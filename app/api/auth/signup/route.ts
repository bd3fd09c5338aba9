import { throttledSignUp } from '@/lib/http/auth';
import { defineRoute, endpoint, json } from '@/lib/http/route';
import { log } from '@/lib/log';
import { startSignedInSession } from '@/lib/session/sign-in';
import { signUp } from '@/lib/shop/account/sign-in';
import { signUpBody } from '@/lib/shop/account/schemas';
import { ShopError } from '@/lib/shop/errors';

/** Only upstream trouble hands the slot back: every other attempt (a success too) counts. */
const counts = (error: unknown) => !(error instanceof ShopError && error.reason.startsWith('upstream_'));

// POST /api/auth/signup: creates the customer (the guest's cart becomes theirs) and signs them in
// with a new session id. Rate limited per client address and per email. Every refusal of
// well-formed details is one answer (lib/shop/account/sign-in.ts).
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  POST: endpoint({
    body: signUpBody,
    handle: async ({ body, request, session, shopper, requestId }) => {
      const signedIn = await throttledSignUp(request, body.email, () => signUp(shopper, body), counts);
      await startSignedInSession(session, signedIn);
      log.info('auth.signup', { requestId });
      return json(signedIn.view, { status: 201 });
    },
  }),
});
