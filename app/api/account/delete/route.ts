import { NextResponse } from 'next/server';
import { throttledPasswordCheck } from '@/lib/http/auth';
import { defineRoute, endpoint } from '@/lib/http/route';
import { log } from '@/lib/log';
import { endSession, signOutCustomer } from '@/lib/session/sign-in';
import { deleteAccount } from '@/lib/shop/account/data-rights';
import { accountDeleteBody } from '@/lib/shop/account/schemas';

// POST /api/account/delete {password}: deletes the signed-in customer's account (past orders are
// kept, detached from any login: lib/shop/account/data-rights.ts) and ends every session of it;
// 204 with a fresh session keeping the market. Wrong password: 422, nothing deleted; 5 per 15 minutes.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  POST: endpoint({
    body: accountDeleteBody,
    handle: async ({ body, shopper, session, requestId }) => {
      const { customerId } = await throttledPasswordCheck(shopper, () => deleteAccount(shopper, body.password));
      await signOutCustomer(customerId);
      await endSession(session);
      log.info('account.deleted', { requestId });
      return new NextResponse(null, { status: 204, headers: { 'cache-control': 'no-store' } });
    },
  }),
});
