import { NextResponse } from 'next/server';
import { throttledResetConfirm } from '@/lib/http/auth';
import { defineRoute, endpoint } from '@/lib/http/route';
import { log } from '@/lib/log';
import { endSession, signOutCustomer } from '@/lib/session/sign-in';
import { resetPassword } from '@/lib/shop/account/password';
import { passwordResetConfirmBody } from '@/lib/shop/account/schemas';
import { ShopError } from '@/lib/shop/errors';

const refusedToken = (error: unknown) => error instanceof ShopError && error.reason === 'reset_token_invalid';

// POST /api/auth/password-reset/confirm {token, newPassword}: sets the password with a reset
// token and signs out every session of that customer (this one too, if it was theirs). A bad,
// expired or used token: 422, nothing changed; 20 refused tokens per client address in 15 minutes.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  POST: endpoint({
    body: passwordResetConfirmBody,
    handle: async ({ body, request, session, requestId }) => {
      const { customerId } = await throttledResetConfirm(request, () => resetPassword(body), refusedToken);
      await signOutCustomer(customerId);
      if ((await session.current())?.customerId === customerId) await endSession(session);
      log.info('auth.password_reset', { requestId });
      return new NextResponse(null, { status: 204, headers: { 'cache-control': 'no-store' } });
    },
  }),
});
