import 'server-only';
// The payment provider this deployment uses, chosen by PAYMENT_PROVIDER (lib/env.ts): `test` on the
// local backend, `none` (the default) where no provider is configured yet. See ./types.ts.
import { serverEnv } from '@/lib/env';
import { testPaymentProvider } from './test-provider';
import type { PaymentProvider } from './types';

export type { PaymentProvider } from './types';

/** The configured provider, or null when payments are not configured (orders cannot be placed). */
export function paymentProvider(): PaymentProvider | null {
  switch (serverEnv().PAYMENT_PROVIDER) {
    case 'test':
      return testPaymentProvider;
    case 'none':
      return null;
  }
}
