// The two JSON discovery documents, as pure builders over the agent API's configuration:
// - the UCP business profile (`/.well-known/ucp`), Universal Commerce Protocol version 2026-04-08
//   (the latest release, tag v2026-04-08 of github.com/Universal-Commerce-Protocol/ucp; shape:
//   source/discovery/profile_schema.json#/$defs/business_profile);
// - the OAuth 2.0 Protected Resource Metadata (RFC 9728) of the agent API.
import type { AgentApiConfig } from './config';

export const UCP_VERSION = '2026-04-08';

const UCP = `https://ucp.dev/${UCP_VERSION}`;

/** Profiles must be shared-cacheable for at least 60 s (UCP overview, "Profile Requirements"). */
export const DISCOVERY_CACHE_CONTROL = 'public, max-age=300';

type UcpEntity = { version: string; spec: string; schema?: string; extends?: string; transport?: 'mcp' | 'rest'; endpoint?: string; config?: Record<string, unknown> };

function capability(spec: string, schema: string, extra: Partial<UcpEntity> = {}): UcpEntity[] {
  return [{ version: UCP_VERSION, spec: `${UCP}/specification/${spec}`, schema: `${UCP}/schemas/shopping/${schema}`, ...extra }];
}

/**
 * The business profile. Only what this shop really serves is declared: the MCP binding always
 * (catalog tools are public), the REST binding and checkout only with writes on (REST carries only
 * checkout sessions here). No payment handlers: an agent never pays, the shopper confirms every
 * order in the storefront (`requires_escalation`), so the required registry is empty.
 *
 * UCP 2026-04-08 has no profile field for the agent's OAuth server (identity linking assumes one on
 * the business domain, and its scope tokens are UCP-named). Each binding's open `config` therefore
 * carries `resource_metadata`, the RFC 9728 pointer UCP's identity-linking spec itself uses in
 * `WWW-Authenticate` challenges; `/.well-known/oauth-protected-resource` is also at its standard place.
 */
export function ucpProfile(config: AgentApiConfig) {
  const auth = { resource_metadata: config.resourceMetadataUrl };
  const binding = (transport: 'mcp' | 'rest', endpoint: string, schema: string): UcpEntity => ({
    version: UCP_VERSION,
    spec: `${UCP}/specification/overview`,
    transport,
    endpoint,
    schema: `${UCP}/services/shopping/${schema}`,
    config: auth,
  });
  return {
    ucp: {
      version: UCP_VERSION,
      services: {
        'dev.ucp.shopping': [
          binding('mcp', config.mcpEndpoint, 'mcp.openrpc.json'),
          ...(config.writes ? [binding('rest', config.restEndpoint, 'rest.openapi.json')] : []),
        ],
      },
      capabilities: {
        'dev.ucp.shopping.catalog.search': capability('catalog/search', 'catalog_search.json'),
        'dev.ucp.shopping.catalog.lookup': capability('catalog/lookup', 'catalog_lookup.json'),
        ...(config.writes
          ? {
              'dev.ucp.shopping.checkout': capability('checkout', 'checkout.json'),
              'dev.ucp.shopping.fulfillment': capability('fulfillment', 'fulfillment.json', { extends: 'dev.ucp.shopping.checkout' }),
            }
          : {}),
      },
      payment_handlers: {},
    },
  };
}

/** RFC 9728 section 2: the agent API as a protected resource. */
export function protectedResourceMetadata(config: AgentApiConfig, resourceName: string) {
  return {
    resource: config.resource,
    authorization_servers: [config.issuer],
    scopes_supported: config.scopes,
    // Tokens in the Authorization header only: never in a query string or form body.
    bearer_methods_supported: ['header'],
    resource_name: resourceName,
    resource_documentation: `${config.origin}/llms.txt`,
  };
}
