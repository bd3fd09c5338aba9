import 'server-only';
// The payment provider this deployment uses, chosen by PAYMENT_PROVIDER (lib/env.ts): `test` on the
// local backend, `none` (the default) where no provider is configured yet. See ./types.ts.
import { serverEnv } from '@/lib/env';
import { log } from '@/lib/log';
import { localBackendVerdict } from '@/lib/security/local-backend-proof';
import { testPaymentProvider } from './test-provider';
import type { PaymentProvider } from './types';

export type { PaymentProvider } from './types';

/** The configured provider, or null when payments are not configured (orders cannot be placed). */
export async function paymentProvider(): Promise<PaymentProvider | null> {
  const env = serverEnv();
  switch (env.PAYMENT_PROVIDER) {
    case 'test':
      // The boot checks refuse to start without this proof; a runtime that skipped them checks here.
      if ((await localBackendVerdict(env)).status === 'pass') return testPaymentProvider;
      log.error('payment.test_provider_refused', { rule: 'local-backend' });
      return null;
    case 'none':
      return null;
  }
}
