import { NextResponse } from 'next/server';
import { throttledPasswordCheck } from '@/lib/http/auth';
import { defineRoute, endpoint } from '@/lib/http/route';
import { log } from '@/lib/log';
import { keepOnlyThisSession } from '@/lib/session/sign-in';
import { changePassword } from '@/lib/shop/account/password';
import { passwordChangeBody } from '@/lib/shop/account/schemas';

// POST /api/account/password {currentPassword, newPassword}: changes the signed-in customer's
// password (sign-up rules). This session stays signed in under a new id; every other session of
// the customer is signed out. Wrong current password: 422, nothing changed; 5 per 15 minutes.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  POST: endpoint({
    body: passwordChangeBody,
    handle: async ({ body, shopper, session, requestId }) => {
      await throttledPasswordCheck(shopper, () => changePassword(shopper, body));
      await keepOnlyThisSession(session);
      log.info('account.password_changed', { requestId });
      return new NextResponse(null, { status: 204, headers: { 'cache-control': 'no-store' } });
    },
  }),
});
