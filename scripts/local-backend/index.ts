// The local commercetools backend: public interface.
import { type LocalBackend, type LocalBackendOptions, startBackend } from './backend';
import { demoCatalog } from './seed/demo-catalog';

export type { LocalBackend, LocalBackendOptions } from './backend';
export {
  type LocalApiClient,
  storefrontClient,
  storefrontCheckoutClient,
  STOREFRONT_CHECKOUT_CLIENT_ID,
  SEED_ADMIN_CLIENT,
  AGENT_AS_CLIENT,
  defaultClients,
  clientsFromEnv,
} from './clients';
export { DEMO_CUSTOMER } from './seed/demo-catalog';

/** Starts the backend on 127.0.0.1, seeded with the demo catalog unless `seed: false`. */
export function startLocalBackend(options: LocalBackendOptions = {}): Promise<LocalBackend> {
  return startBackend({ ...options, catalog: demoCatalog });
}
