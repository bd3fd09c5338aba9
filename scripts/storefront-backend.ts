// The local backend as this storefront uses it: its storefront API client holds exactly the
// storefront's scopes (lib/security/scopes.ts), and a local mail sink (scripts/local-mail) runs
// beside it for the app's SMTP_URL. Neither imports product code.
import { DEFAULT_STOREFRONT_SCOPES } from '@/lib/security/scopes';
import { type LocalBackend, type LocalBackendOptions, startLocalBackend, storefrontCheckoutClient, storefrontClient } from './local-backend';
import { LOCAL_CHECKOUT_APPLICATION_KEY } from './local-backend/checkout/simulation';
import { startMailSink, type LocalMailSink } from './local-mail/sink';

export const STOREFRONT_SCOPES: readonly string[] = DEFAULT_STOREFRONT_SCOPES;

/** The storefront's API client on the local backend (id, local-only secret, scopes). */
export const STOREFRONT_CLIENT = storefrontClient(STOREFRONT_SCOPES);

/** The same scopes plus manage_sessions: the client for PAYMENT_PROVIDER=commercetools-checkout. */
export const STOREFRONT_CHECKOUT_CLIENT = storefrontCheckoutClient(STOREFRONT_SCOPES);

/** Env that switches an app on the local backend to commercetools Checkout (the local simulation). */
export function checkoutProviderEnv(): Record<string, string> {
  return {
    PAYMENT_PROVIDER: 'commercetools-checkout',
    CTP_CHECKOUT_APPLICATION_KEY: LOCAL_CHECKOUT_APPLICATION_KEY,
    CTP_CLIENT_ID: STOREFRONT_CHECKOUT_CLIENT.id,
    CTP_CLIENT_SECRET: STOREFRONT_CHECKOUT_CLIENT.secret,
  };
}

export type StorefrontBackend = LocalBackend & { mail: LocalMailSink };

/** The backend's reference for localAppEnv (scripts/lib/next-process.ts). */
export function storefrontBackendRef(backend: StorefrontBackend) {
  return { url: backend.url, projectKey: backend.projectKey, clientId: STOREFRONT_CLIENT.id, clientSecret: STOREFRONT_CLIENT.secret, smtpUrl: backend.mail.smtpUrl };
}

export async function startStorefrontBackend(options: LocalBackendOptions & { mailWebPort?: number } = {}): Promise<StorefrontBackend> {
  const { mailWebPort, ...backendOptions } = options;
  const backend = await startLocalBackend({ storefrontScopes: STOREFRONT_SCOPES, ...backendOptions });
  const mail = await startMailSink({ webPort: mailWebPort }).catch(async (error: unknown) => {
    await backend.close();
    throw error;
  });
  return {
    ...backend,
    mail,
    close: async () => {
      await Promise.all([backend.close(), mail.close()]);
    },
  };
}
