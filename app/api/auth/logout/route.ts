import { NextResponse } from 'next/server';
import { defineRoute, endpoint } from '@/lib/http/route';
import { log } from '@/lib/log';
import { endSession } from '@/lib/session/sign-in';

// POST /api/auth/logout (no body): revokes the session id, so a copy of the old cookie is no longer
// signed in anywhere, and answers 204 with a fresh session that keeps only the market. Without a
// session there is nothing to do (still 204).
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  POST: endpoint({
    handle: async ({ session, requestId }) => {
      const ended = await endSession(session);
      if (ended) log.info('auth.logout', { requestId, signedIn: ended.signedIn });
      return new NextResponse(null, { status: 204, headers: { 'cache-control': 'no-store' } });
    },
  }),
});
