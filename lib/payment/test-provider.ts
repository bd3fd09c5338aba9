import 'server-only';
// The test payment provider (PAYMENT_PROVIDER=test; the boot guard refuses it against anything but
// the local backend, because it hands out orders without money). It records a commercetools Payment
// for the cart's total with an Authorization transaction: Success, or Failure when the order request
// says `{"testOutcome": "decline"}`.
import type { Cart, Payment } from '@commercetools/platform-sdk';
import { ctApi } from '@/lib/commercetools/client';
import { amountDue } from '@/lib/commercetools/mappers/cart';
import { ctCall } from '@/lib/commercetools/result';
import { log } from '@/lib/log';
import type { Authorization, DirectPaymentProvider, PaymentContext } from './types';

const PAYMENT_INTERFACE = 'storefront-test';

async function cancelAuthorization(payment: Payment): Promise<void> {
  const result = await ctCall(() =>
    ctApi()
      .payments()
      .withId({ ID: payment.id })
      .post({
        body: {
          version: payment.version,
          actions: [
            {
              action: 'addTransaction',
              transaction: { type: 'CancelAuthorization', amount: payment.amountPlanned, state: 'Success', timestamp: new Date().toISOString() },
            },
          ],
        },
      })
      .execute(),
  );
  if (!result.ok) log.warn('payment.release_failed', { provider: 'test', kind: result.kind });
}

export const testPaymentProvider: DirectPaymentProvider = {
  name: 'test',
  flow: 'direct',
  async authorize(cart: Cart, context: PaymentContext) {
    const amount = amountDue(cart);
    const declined = context.testOutcome === 'decline';
    const money = { currencyCode: amount.currencyCode, centAmount: amount.centAmount };
    const created = await ctCall(() =>
      ctApi()
        .payments()
        .post({
          body: {
            amountPlanned: money,
            interfaceId: `${PAYMENT_INTERFACE}:${context.attemptKey}`,
            paymentMethodInfo: { paymentInterface: PAYMENT_INTERFACE, method: 'test', name: { en: 'Test payment' } },
            ...(context.owner.customerId
              ? { customer: { typeId: 'customer' as const, id: context.owner.customerId } }
              : { anonymousId: context.owner.anonymousId }),
            transactions: [
              {
                type: 'Authorization',
                amount: money,
                state: declined ? 'Failure' : 'Success',
                interactionId: context.attemptKey,
                timestamp: new Date().toISOString(),
              },
            ],
          },
        })
        .execute(),
    );
    if (!created.ok) return created;
    const payment = created.value;
    const authorization: Authorization = declined
      ? { outcome: 'declined' }
      : {
          outcome: 'authorized',
          amount,
          cartActions: [{ action: 'addPayment', payment: { typeId: 'payment', id: payment.id } }],
          release: () => cancelAuthorization(payment),
        };
    return { ok: true, value: authorization };
  },
};
