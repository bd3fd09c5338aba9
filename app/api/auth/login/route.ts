import { throttledSignIn } from '@/lib/http/auth';
import { defineRoute, endpoint, json } from '@/lib/http/route';
import { log } from '@/lib/log';
import { startSignedInSession } from '@/lib/session/sign-in';
import { signIn } from '@/lib/shop/account/sign-in';
import { signInBody } from '@/lib/shop/account/schemas';
import { ShopError } from '@/lib/shop/errors';

const wrongCredentials = (error: unknown) => error instanceof ShopError && error.reason === 'sign_in_failed';

// POST /api/auth/login: signs in through commercetools' POST /login, merging the guest's cart into
// the customer's, and starts a new session id. Rate limited per client address and per email
// (failed attempts only: a success or an upstream failure hands its slot back); a browser that
// signed in to the account before has a budget of its own (lib/http/auth.ts).
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  POST: endpoint({
    body: signInBody,
    handle: async ({ body, request, session, shopper, requestId }) => {
      const { result: signedIn, deviceCookie } = await throttledSignIn(request, body.email, () => signIn(shopper, body), wrongCredentials).catch(
        (error: unknown) => {
          if (wrongCredentials(error)) log.info('auth.login_failed', { requestId });
          throw error;
        },
      );
      await startSignedInSession(session, signedIn);
      log.info('auth.login', { requestId });
      return json(signedIn.view, { headers: { 'set-cookie': deviceCookie } });
    },
  }),
});
