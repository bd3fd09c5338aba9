import { NextResponse } from 'next/server';
import { throttleLogout } from '@/lib/http/auth';
import { defineRoute, endpoint } from '@/lib/http/route';
import { log } from '@/lib/log';
import { endSession } from '@/lib/session/sign-in';

// POST /api/auth/logout (no body): answers 204 with a fresh session that keeps only the market; a
// signed-in session's id is revoked, so a copy of the old cookie is signed in nowhere. Without a
// session there is nothing to do (still 204). Rate limited per client address.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  POST: endpoint({
    handle: async ({ request, session, requestId }) => {
      await throttleLogout(request);
      const ended = await endSession(session);
      if (ended) log.info('auth.logout', { requestId, signedIn: ended.signedIn });
      return new NextResponse(null, { status: 204, headers: { 'cache-control': 'no-store' } });
    },
  }),
});
