// The e2e web server: a seeded local backend plus the production build, wired together, twice: with
// the test payment provider, and with commercetools Checkout (the backend's simulation); the local
// agent authorization server issues tokens for both.
import { checkoutProviderEnv, startStorefrontBackend, storefrontBackendRef } from '@/scripts/storefront-backend';
import { clearDataCache, ensureBuild, localAppEnv, spawnNext, stopTogether } from '../../scripts/lib/next-process';
import { E2E_APP_PORT as appPort, E2E_CHECKOUT_APP_PORT as checkoutAppPort, E2E_AGENT_AS_PORT as agentAsPort, E2E_BACKEND_PORT as backendPort, E2E_MAIL_PORT as mailPort, E2E_REVALIDATE_SECRET } from './e2e-env';

async function main() {
  const backend = await startStorefrontBackend({
    port: backendPort,
    mailWebPort: mailPort,
    agentAs: { port: agentAsPort, siteUrls: [`http://localhost:${appPort}`, `http://localhost:${checkoutAppPort}`] },
  });
  // The agent front door with its write tools (agent-commerce.spec.ts); read-only is the default.
  const env = { ...localAppEnv(storefrontBackendRef(backend), `http://localhost:${appPort}`), AGENT_WRITES: 'on' };
  await ensureBuild(env);
  clearDataCache();
  const checkoutEnv = { ...localAppEnv(storefrontBackendRef(backend), `http://localhost:${checkoutAppPort}`), ...checkoutProviderEnv() };
  stopTogether(
    [spawnNext('start', appPort, { ...env, REVALIDATE_SECRET: E2E_REVALIDATE_SECRET }), spawnNext('start', checkoutAppPort, checkoutEnv)],
    () => backend.close(),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
