// /llms.txt (https://llmstxt.org): a short markdown index telling a language model what this shop is,
// how to reach the agent API and where the catalog starts. Built from the same configuration as the
// discovery documents (./config.ts), so it never advertises what is switched off. Category names are
// catalog text: escaped (./markdown/escape.ts).
import type { AgentApiConfig } from './config';
import { UCP_VERSION } from './discovery';
import { escapeInline, link } from './markdown/escape';

export type LlmsTxtMarket = {
  label: string;
  home: string;
  search: string;
  /** Top-level categories; empty when the catalog could not be read. */
  categories: Array<{ name: string; url: string }>;
};

export function llmsTxt(config: AgentApiConfig, storeName: string, markets: LlmsTxtMarket[]): string {
  const ucp = `https://ucp.dev/${UCP_VERSION}/specification`;
  const catalogTools = 'search_catalog, lookup_catalog, get_product';
  const checkoutTools = 'create_checkout, get_checkout, update_checkout, complete_checkout, cancel_checkout';
  const lines = [
    `# ${escapeInline(storeName)}`,
    '',
    `> An online shop (${markets.map((m) => m.label).join('; ')}) built on commercetools. Agents browse the catalog as markdown and shop through the Universal Commerce Protocol (UCP ${UCP_VERSION}) over MCP${config.writes ? ' and REST' : ''}.`,
    '',
    'Prices, languages and availability depend on the market, which is the first path segment of every page URL. Product, category and search pages answer in markdown when asked with `Accept: text/markdown`.',
    '',
    config.writes
      ? 'An agent can prepare a checkout, but never places an order on its own: completing a checkout answers `requires_escalation` with a `continue_url` where the shopper reviews and confirms the order in the storefront.'
      : 'The agent API is read-only here: catalog tools only, no checkout.',
    '',
    '## Agent API',
    '',
    `- [UCP business profile](${config.origin}/.well-known/ucp): services, capabilities and endpoints (UCP ${UCP_VERSION})`,
    `- [MCP endpoint](${config.mcpEndpoint}): Streamable HTTP; catalog tools ${catalogTools}${config.writes ? `; checkout tools ${checkoutTools}` : ''}`,
    ...(config.writes
      ? [`- [UCP REST checkout sessions](${config.restEndpoint}/checkout-sessions): create, get, update, \`/complete\`, \`/cancel\`; send an \`Idempotency-Key\` header on writes`]
      : []),
    `- [OAuth protected resource metadata](${config.resourceMetadataUrl}): RFC 9728; names the authorization server and scopes`,
    '',
    '## Authorization',
    '',
    '- Catalog tools work without a token; with one, it needs the `catalog:read` scope.',
    ...(config.writes ? ['- Checkout tools need a token with `checkout:write`.'] : []),
    '- Reading the shopper\'s orders needs `orders:read`.',
    `- Tokens come from the authorization server ${config.issuer} (metadata per RFC 8414), for the resource (audience) ${config.resource}. Send them as \`Authorization: Bearer <token>\`, never in a URL.`,
    '',
    '## Catalog',
    '',
    ...markets.flatMap((market) => [
      `- ${link(market.label, market.home)}: ${link('search', `${market.search}?q=shirt`)}${
        market.categories.length ? `; categories: ${market.categories.map((c) => link(c.name, c.url)).join(', ')}` : ''
      }`,
    ]),
    `- [Sitemap](${config.origin}/sitemap.xml): every product and category page`,
    '',
    '## Optional',
    '',
    `- [UCP overview](${ucp}/overview): discovery, negotiation, transports`,
    `- [UCP catalog search](${ucp}/catalog/search) and [lookup](${ucp}/catalog/lookup)`,
    ...(config.writes ? [`- [UCP checkout](${ucp}/checkout)`] : []),
    '',
  ];
  return lines.join('\n');
}
