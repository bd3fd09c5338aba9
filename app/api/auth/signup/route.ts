import { z } from 'zod';
import { isRefusedSignUp, signUp } from '@/lib/commercetools/customer';
import { throttleAuthAttempt } from '@/lib/http/auth';
import { AppError, appErrorFromCt } from '@/lib/http/errors';
import { defineRoute, endpoint, json } from '@/lib/http/route';
import { log } from '@/lib/log';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength, passwordProblem } from '@/lib/security/passwords';
import { anonymousSessionOf, startSignedInSession } from '../_shared';

const name = z.string().trim().min(1).max(100);

const body = z
  .object({
    email: z.string().trim().max(254).pipe(z.email()),
    // Length rules are syntax (the form can say them up front): 400 with a field error.
    password: z
      .string()
      .refine((p) => passwordLength(p) >= PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
      .refine((p) => passwordLength(p) <= PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`),
    firstName: name,
    lastName: name,
  })
  .strict();

/**
 * The one answer for every refusal of well-formed details: an email that already has an account,
 * a password on the common-password list, a password equal to the email. Same status, code and
 * message, no fields, so the answer never says which (and never says "this account exists").
 */
export const SIGN_UP_REFUSED_MESSAGE =
  'We could not create an account with these details. If you already have an account, sign in; otherwise choose a less common password.';

function refused(): AppError {
  return new AppError('business_rule', { message: SIGN_UP_REFUSED_MESSAGE });
}

// POST /api/auth/signup: creates the customer (the guest's cart becomes theirs) and signs them in
// with a new session id. Rate limited per client address and per email (every attempt counts, a
// success too: each one creates an account; only upstream failures hand their slot back).
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  POST: endpoint({
    body,
    handle: async ({ body, request, session, requestId }) => {
      const attempt = await throttleAuthAttempt('signup', request, body.email);
      const problem = passwordProblem(body.password, body.email);
      if (problem) {
        log.info('auth.signup_refused', { requestId, reason: problem });
        throw refused();
      }
      let upstreamTrouble = false;
      try {
        const current = await session.current();
        const anonymous = await anonymousSessionOf(current);
        const result = await signUp(body, anonymous);
        if (!result.ok) {
          if (isRefusedSignUp(result)) {
            log.info('auth.signup_refused', { requestId, reason: result.codes.join(',') || 'invalid' });
            throw refused();
          }
          upstreamTrouble = true;
          throw appErrorFromCt(result);
        }
        const view = await startSignedInSession(session, current, result.value);
        log.info('auth.signup', { requestId });
        return json(view, { status: 201 });
      } finally {
        if (upstreamTrouble) await attempt.release().catch(() => undefined);
      }
    },
  }),
});
