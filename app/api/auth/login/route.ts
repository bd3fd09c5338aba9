import { z } from 'zod';
import { isInvalidCredentials, signIn } from '@/lib/commercetools/customer';
import { throttleAuthAttempt } from '@/lib/http/auth';
import { AppError, appErrorFromCt } from '@/lib/http/errors';
import { defineRoute, endpoint, json } from '@/lib/http/route';
import { log } from '@/lib/log';
import { PASSWORD_MAX_LENGTH, passwordLength } from '@/lib/security/passwords';
import { anonymousSessionOf, startSignedInSession } from '../_shared';

// Lenient on purpose: an account created elsewhere (Merchant Center, an import) may not meet the
// sign-up rules, and its owner must still be able to sign in.
const body = z
  .object({
    email: z.string().trim().min(1).max(254),
    password: z
      .string()
      .min(1)
      .refine((p) => passwordLength(p) <= PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`),
  })
  .strict();

/** One answer for an unknown email and a wrong password: same status, code, message. */
export const SIGN_IN_FAILED_MESSAGE = 'The email or password is incorrect.';

// POST /api/auth/login: signs in through commercetools' POST /login, merging the guest's cart into
// the customer's, and starts a new session id. Rate limited per client address and per email
// (failed attempts only: a success or an upstream failure hands its slot back).
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  POST: endpoint({
    body,
    handle: async ({ body, request, session, requestId }) => {
      const attempt = await throttleAuthAttempt('login', request, body.email);
      let failedCredentials = false;
      try {
        const current = await session.current();
        const anonymous = await anonymousSessionOf(current);
        const result = await signIn({ email: body.email, password: body.password }, anonymous);
        if (!result.ok) {
          if (isInvalidCredentials(result)) {
            failedCredentials = true;
            log.info('auth.login_failed', { requestId });
            throw new AppError('unauthenticated', { message: SIGN_IN_FAILED_MESSAGE });
          }
          throw appErrorFromCt(result);
        }
        const view = await startSignedInSession(session, current, result.value);
        log.info('auth.login', { requestId });
        return json(view);
      } finally {
        if (!failedCredentials) await attempt.release().catch(() => undefined);
      }
    },
  }),
});
