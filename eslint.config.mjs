import coreWebVitals from 'eslint-config-next/core-web-vitals';
import typescript from 'eslint-config-next/typescript';

// The direction of imports (docs/architecture.md):
//   app -> (lib/http + lib/session | agent adapters) -> lib/shop -> lib/commercetools
// Each entry names who may not import what; `npm run lint` (in `npm test`) fails on a breach.
const gateway = ['@/lib/commercetools', '@/lib/commercetools/**', '**/lib/commercetools', '**/lib/commercetools/**'];
const sdk = ['@commercetools/*'];
const http = ['@/lib/http', '@/lib/http/**', '**/lib/http/**'];
const session = ['@/lib/session', '@/lib/session/**', '**/lib/session', '**/lib/session/**'];
const next = ['next', 'next/*', 'next-intl', 'next-intl/*'];
const domain = ['@/lib/shop', '@/lib/shop/**', '**/lib/shop/**'];
const productCode = ['@/*', '@/**', '../../*', '../../**', '../../../**'];

function boundary(files, groups, message) {
  return {
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }] },
  };
}

const config = [
  { ignores: ['.next/**', '**/.next/**', 'node_modules/**', 'public/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  ...coreWebVitals,
  ...typescript,
  boundary(['app/**'], [...gateway, ...sdk], 'Pages, components and Route Handlers call the shop domain (lib/shop), never the gateway or SDK types.'),
  // Catalog pages and their header and footer link to many pages: next/link would prefetch every link
  // in view (one server render each). IntentLink prefetches on hover, focus or touch only. A later
  // entry replaces the rule's options, so the gateway boundary is repeated here.
  {
    files: ['app/_features/{catalog,header,home,wishlist}/**', 'app/[[]locale]/page.tsx', 'app/[[]locale]/{c,p,search}/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...gateway, ...sdk], message: 'Pages, components and Route Handlers call the shop domain (lib/shop), never the gateway or SDK types.' },
            { group: ['next/link'], message: 'Use IntentLink (app/_ui/intent-link.tsx): catalog pages prefetch on intent, not on sight.' },
          ],
        },
      ],
    },
  },
  boundary(['lib/shop/**'], [...http, ...session, ...next], 'The shop domain works on a shopper context: no HTTP, cookies or Next.js.'),
  boundary(['lib/commercetools/**'], [...http, ...session, ...domain], 'The gateway only talks to commercetools: no HTTP, sessions or shop rules.'),
  boundary(['lib/session/**'], http, 'The session adapter builds a shopper context; HTTP answers are lib/http/errors.ts.'),
  boundary(
    ['lib/agents/**'],
    [...gateway, ...sdk, ...session],
    'The agent front door builds a shopper context from a token and calls the shop domain: never the gateway, the SDK or the cookie session.',
  ),
  boundary(['lib/mail/**'], [...http, ...session, ...domain, ...gateway], 'The mailer renders and sends what it is given: no HTTP, sessions, shop rules or commercetools.'),
  boundary(['scripts/local-mail/**'], productCode, 'The local mail sink is self-contained: it imports no product code.'),
  boundary(
    ['scripts/local-backend/**'],
    productCode,
    'The local backend is self-contained: it takes the storefront scopes as configuration and imports no product code.',
  ),
  boundary(
    ['scripts/local-agent-as/**'],
    [...productCode, '../local-backend', '../local-backend/**'],
    'The local agent authorization server is self-contained: it takes its resource, clients and commercetools backend as configuration.',
  ),
  boundary(['lib/types.ts', 'lib/api-client.ts', 'lib/shop/cart/limits.ts', 'lib/shop/wishlist/limits.ts'], [...gateway, ...sdk], 'Shared with the browser: no gateway or SDK types.'),
];

export default config;
