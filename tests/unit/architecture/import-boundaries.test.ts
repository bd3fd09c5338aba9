// The import direction of docs/architecture.md is enforced by lint (eslint.config.mjs). These tests
// lint small sources as if they were files of each layer: a breach must be an error, and the
// allowed direction must stay clean, so a rule that silently stops matching fails here.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const breaches: Array<[string, string, string]> = [
  ['a Route Handler importing the gateway', 'app/api/x/route.ts', "import { ctApi } from '@/lib/commercetools/client';"],
  ['a page importing the gateway', 'app/[locale]/x/page.tsx', "import { searchProducts } from '@/lib/commercetools/catalog';"],
  ['a catalog component prefetching every link in view', 'app/_features/catalog/x.tsx', "import Link from 'next/link';"],
  ['a product page prefetching every link in view', 'app/[locale]/p/[slug]/x.tsx', "import Link from 'next/link';"],
  ['a catalog component importing the gateway', 'app/_features/catalog/x.tsx', "import { searchProducts } from '@/lib/commercetools/catalog';"],
  ['a component importing SDK types', 'app/_features/cart/x.tsx', "import type { Cart } from '@commercetools/platform-sdk';"],
  ['a relative path into the gateway', 'app/_ui/x.ts', "import { ctApi } from '../../lib/commercetools/client';"],
  ['the domain importing lib/http', 'lib/shop/cart/x.ts', "import { AppError } from '@/lib/http/errors';"],
  ['the domain importing the session', 'lib/shop/x.ts', "import { SessionHandle } from '@/lib/session';"],
  ['the domain importing next', 'lib/shop/x.ts', "import { headers } from 'next/headers';"],
  ['the gateway importing lib/http', 'lib/commercetools/x.ts', "import { AppError } from '@/lib/http/errors';"],
  ['the gateway importing the session', 'lib/commercetools/x.ts', "import type { SessionData } from '@/lib/session/schema';"],
  ['the gateway importing the domain', 'lib/commercetools/x.ts', "import { ShopError } from '@/lib/shop/errors';"],
  ['the session importing lib/http', 'lib/session/x.ts', "import { AppError } from '@/lib/http/errors';"],
  ['the local backend importing product code', 'scripts/local-backend/clients.ts', "import { DEFAULT_STOREFRONT_SCOPES } from '@/lib/security/scopes';"],
  ['the local backend reaching out of its folder', 'scripts/local-backend/compat/x.ts', "import { log } from '../../../lib/log';"],
  ['the browser contract importing SDK types', 'lib/types.ts', "import type { Cart } from '@commercetools/platform-sdk';"],
  ['the mailer importing the domain', 'lib/mail/x.ts', "import { ShopError } from '@/lib/shop/errors';"],
  ['the mailer importing the session', 'lib/mail/x.ts', "import { SessionHandle } from '@/lib/session';"],
  ['the mailer importing the gateway', 'lib/mail/x.ts', "import { ctApi } from '@/lib/commercetools/client';"],
  ['the local mail sink importing product code', 'scripts/local-mail/sink.ts', "import { log } from '@/lib/log';"],
];

describe('import boundaries (npm run lint)', () => {
  it.each(breaches)('refuses %s', async (_name, filePath, source) => {
    expect(await restricted(filePath, `${source}\nexport {};\n`)).toHaveLength(1);
  });

  it.each([
    ['a Route Handler calling the domain', 'app/api/x/route.ts', "import { readCart } from '@/lib/shop/cart/view';"],
    ['a cart page prefetching its links', 'app/_features/cart/x.tsx', "import Link from 'next/link';"],
    ['the domain calling the gateway', 'lib/shop/x.ts', "import { fetchCart } from '@/lib/commercetools/carts';"],
    ['the domain sending a mail', 'lib/shop/x.ts', "import { mailOrderConfirmation } from '@/lib/mail';"],
    ['the mailer rendering in the market language', 'lib/mail/x.ts', "import { languageTag } from '@/lib/i18n/locale';"],
    ['the session adapter building a context', 'lib/session/x.ts', "import { marketOf } from '@/lib/shop/context';"],
    ['the local backend within its folder', 'scripts/local-backend/compat/x.ts', "import { seedCatalog } from '../seed/seeder';"],
  ])('allows %s', async (_name, filePath, source) => {
    expect(await restricted(filePath, `${source}\nexport {};\n`)).toEqual([]);
  });
});
