/**
 * The message namespaces of the buy pages' client components (cart, checkout, sign-in, account).
 * They travel to the browser only on those pages (BuyProviders), on top of the site-wide client
 * namespaces (lib/i18n/messages.ts CLIENT_NAMESPACES).
 */
export const BUY_CLIENT_NAMESPACES = ['BuyErrors', 'Cart', 'Totals', 'Checkout', 'Address', 'Order', 'Auth', 'Account', 'Security', 'AgentCheckout', 'AccountAgents'] as const;
