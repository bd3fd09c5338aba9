import { NextResponse } from 'next/server';
import { throttleLogout } from '@/lib/http/auth';
import { defineRoute, endpoint } from '@/lib/http/route';
import { log } from '@/lib/log';
import { endEverySession } from '@/lib/session/sign-in';
import { ShopError } from '@/lib/shop/errors';

// POST /api/auth/logout-everywhere (no body): signs the customer out of every session, this one
// included (each is refused on its next use); answers 204 with a fresh session keeping the market.
// Not signed in: 401. Rate limited like sign-out.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  POST: endpoint({
    handle: async ({ request, session, requestId }) => {
      await throttleLogout(request);
      if (!(await endEverySession(session))) throw new ShopError('unauthenticated');
      log.info('auth.logout_everywhere', { requestId });
      return new NextResponse(null, { status: 204, headers: { 'cache-control': 'no-store' } });
    },
  }),
});
