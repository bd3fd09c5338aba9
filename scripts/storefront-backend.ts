// The local backend as this storefront uses it: its storefront API client holds exactly the
// storefront's scopes (lib/security/scopes.ts), and a local mail sink (scripts/local-mail) runs
// beside it for the app's SMTP_URL. Neither imports product code.
import { DEFAULT_STOREFRONT_SCOPES } from '@/lib/security/scopes';
import { type LocalBackend, type LocalBackendOptions, startLocalBackend, storefrontClient } from './local-backend';
import { startMailSink, type LocalMailSink } from './local-mail/sink';

export const STOREFRONT_SCOPES: readonly string[] = DEFAULT_STOREFRONT_SCOPES;

/** The storefront's API client on the local backend (id, local-only secret, scopes). */
export const STOREFRONT_CLIENT = storefrontClient(STOREFRONT_SCOPES);

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
