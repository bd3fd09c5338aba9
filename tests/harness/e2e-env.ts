// Settings shared by the Playwright config, the e2e web server and the specs.
export const E2E_APP_PORT = Number(process.env.E2E_APP_PORT ?? 3107);
/** The same build with PAYMENT_PROVIDER=commercetools-checkout (the local Checkout simulation). */
export const E2E_CHECKOUT_APP_PORT = Number(process.env.E2E_CHECKOUT_APP_PORT ?? 3108);
export const E2E_BACKEND_PORT = Number(process.env.E2E_BACKEND_PORT ?? 8997);
/** The local mail sink's page (`/messages.json` for tests). */
export const E2E_MAIL_PORT = Number(process.env.E2E_MAIL_PORT ?? 8996);
/** The local agent authorization server (scripts/local-agent-as) of the e2e run. */
export const E2E_AGENT_AS_PORT = Number(process.env.E2E_AGENT_AS_PORT ?? 8995);
export const E2E_BACKEND_URL = `http://127.0.0.1:${E2E_BACKEND_PORT}`;
/** A test-only key for the signed revalidation endpoint. */
export const E2E_REVALIDATE_SECRET = 'e2e-revalidate-secret-0123456789abcdef';
