import 'server-only';
// The payment provider this deployment uses, chosen by PAYMENT_PROVIDER (lib/env.ts):
// `commercetools-checkout` in production, `test` on the local backend, `none` (the default) where no
// provider is configured yet. See ./types.ts and docs/payments.md.
import { serverEnv } from '@/lib/env';
import { log } from '@/lib/log';
import { localBackendVerdict } from '@/lib/security/local-backend-proof';
import { commercetoolsCheckoutProvider } from './commercetools-checkout/provider';
import { testPaymentProvider } from './test-provider';
import type { PaymentProvider } from './types';

export type { PaymentProvider, PaymentSession } from './types';

/** The configured provider, or null when payments are not configured (orders cannot be placed). */
export async function paymentProvider(): Promise<PaymentProvider | null> {
  const env = serverEnv();
  switch (env.PAYMENT_PROVIDER) {
    case 'commercetools-checkout': {
      const provider = commercetoolsCheckoutProvider(env);
      // The simulation's script runs in our pages: only a proven local backend may serve it.
      if (provider?.local && (await localBackendVerdict(env)).status !== 'pass') {
        log.error('payment.checkout_simulation_refused', { rule: 'local-backend' });
        return null;
      }
      return provider;
    }
    case 'test':
      // The boot checks refuse to start without this proof; a runtime that skipped them checks here.
      if ((await localBackendVerdict(env)).status === 'pass') return testPaymentProvider;
      log.error('payment.test_provider_refused', { rule: 'local-backend' });
      return null;
    case 'none':
      return null;
  }
}
