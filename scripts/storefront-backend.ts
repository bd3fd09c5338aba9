// The local backend as this storefront uses it: its storefront API client holds exactly the
// storefront's scopes (lib/security/scopes.ts). The backend itself imports no product code.
import { DEFAULT_STOREFRONT_SCOPES } from '@/lib/security/scopes';
import { type LocalBackend, type LocalBackendOptions, startLocalBackend, storefrontClient } from './local-backend';

export const STOREFRONT_SCOPES: readonly string[] = DEFAULT_STOREFRONT_SCOPES;

/** The storefront's API client on the local backend (id, local-only secret, scopes). */
export const STOREFRONT_CLIENT = storefrontClient(STOREFRONT_SCOPES);

export function startStorefrontBackend(options: LocalBackendOptions = {}): Promise<LocalBackend> {
  return startLocalBackend({ storefrontScopes: STOREFRONT_SCOPES, ...options });
}
