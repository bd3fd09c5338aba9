import 'server-only';
// The shop's mails. Each is sent after the answer (lib/after-response.ts) so that neither a slow
// mail server nor the mere existence of an account shows in how long a request takes.
import { afterResponse } from '@/lib/after-response';
import type { Market } from '@/lib/markets';
import type { Order } from '@/lib/types';
import { sendMail } from './send';
import { orderConfirmationMail } from './templates/order-confirmation';
import { passwordResetMail } from './templates/password-reset';

/** The confirmation of a new order, to the order's email, in the market's language. */
export function mailOrderConfirmation(order: Order, market: Market): void {
  const to = order.email;
  if (!to) return;
  afterResponse('mail.order_confirmation', async () => {
    await sendMail({ to, kind: 'order_confirmation', ...orderConfirmationMail({ market, order }) });
  });
}

/** The reset link, to the account's email. Awaited: the caller is already running after the answer. */
export async function mailPasswordReset(to: string, market: Market, resetUrl: string, expiresInMinutes: number): Promise<void> {
  await sendMail({ to, kind: 'password_reset', ...passwordResetMail({ market, resetUrl, expiresInMinutes }) });
}
