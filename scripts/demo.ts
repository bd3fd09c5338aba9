// `npm run demo`: the whole store on this machine with zero credentials. Starts the local
// commercetools backend, builds the app if needed, serves it in production mode, stops both on Ctrl-C.
// The local agent authorization server runs beside them for the agent API (scripts/local-agent-as).
// Payments: the test provider, or with PAYMENT_PROVIDER=commercetools-checkout the backend's
// simulation of commercetools Checkout (docs/payments.md).
import { DEMO_CUSTOMER } from './local-backend';
import { checkoutProviderEnv, startStorefrontBackend, storefrontBackendRef } from './storefront-backend';
import { DEMO_DISCOUNT_CODES } from './local-backend/seed/demo-catalog';
import { clearDataCache, ensureBuild, LISTEN_HOST, localAppEnv, spawnNext, stopTogether } from './lib/next-process';

const port = Number(process.env.PORT ?? 3000);
const siteUrl = `http://localhost:${port}`;

async function main() {
  const backend = await startStorefrontBackend({ agentAs: { siteUrls: [siteUrl] } });
  const checkout = process.env.PAYMENT_PROVIDER === 'commercetools-checkout';
  // The demo lets you try the agent checkout tools; a deployment is read-only unless it says AGENT_WRITES=on.
  const agentWrites = process.env.AGENT_WRITES ?? 'on';
  const env = { ...localAppEnv(storefrontBackendRef(backend), siteUrl), AGENT_WRITES: agentWrites, ...(checkout ? checkoutProviderEnv() : {}) };
  try {
    await ensureBuild(env);
  } catch (error) {
    await backend.close();
    throw error;
  }
  clearDataCache();
  const next = spawnNext('start', port, env, 'inherit', LISTEN_HOST);
  stopTogether([next], () => backend.close());
  console.log(
    [
      '',
      `  Demo store:        ${siteUrl}   (127.0.0.1 on the same port works too)`,
      `  Local commercetools backend: ${backend.url} (project ${backend.projectKey})`,
      `  Demo customer:     ${DEMO_CUSTOMER.email} / ${DEMO_CUSTOMER.password}`,
      `  Mail (reset links, order confirmations): ${backend.mail.webUrl}`,
      `  Agent OAuth server: ${backend.agentAs?.issuer} (agent demo-agent; a customer token: npm run agent:token -- --customer ${DEMO_CUSTOMER.email} --max-amount 50000 --currency USD)`,
      `  Agent API (MCP):   ${siteUrl}/api/mcp (write tools ${agentWrites === 'on' ? 'on' : 'off'}; discovery: ${siteUrl}/.well-known/ucp)`,
      `  Payments:          ${checkout ? 'commercetools Checkout (the local simulation; card 4000 0000 0000 0002 is declined)' : 'test payments (PAYMENT_PROVIDER=commercetools-checkout for the Checkout simulation)'}`,
      `  Discount codes:    ${DEMO_DISCOUNT_CODES.welcome} (10% off), ${DEMO_DISCOUNT_CODES.save} (5.00 off); ${DEMO_DISCOUNT_CODES.expired} is expired`,
      '  Stop with Ctrl-C.',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
