import { afterResponse } from '@/lib/after-response';
import { throttleResetRequest } from '@/lib/http/auth';
import { defineRoute, endpoint, json, siteOrigin } from '@/lib/http/route';
import { sendPasswordReset } from '@/lib/shop/account/password';
import { passwordResetRequestBody } from '@/lib/shop/account/schemas';

const ANSWER = { message: 'If an account exists for this email, a link to reset its password is on its way.' };

// POST /api/auth/password-reset {email}: 202 with the same body whether or not the email has an
// account. The token is made and mailed after the answer, so the answer's timing says nothing
// either. 3 per email and 10 per client address in 15 minutes.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  POST: endpoint({
    body: passwordResetRequestBody,
    handle: async ({ body, request, shopper }) => {
      await throttleResetRequest(request, body.email);
      const { market } = await shopper.context();
      const origin = siteOrigin(request);
      afterResponse('password_reset', () => sendPasswordReset(body.email, market, origin));
      return json(ANSWER, { status: 202 });
    },
  }),
});
