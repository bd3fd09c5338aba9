// The go-live items about the deploy environment. The boot rules are reused from lib/security
// (one place per rule); what only matters before going live (a second credential in the env, an
// https origin, a real payment provider) lives here. Never prints a variable's value.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EnvError, isLoopbackUrl, parseServerEnv, type EnvSource } from '@/lib/env';
import { runStaticChecks, type RuleName } from '@/lib/security/env-guard';
import { checkCheckoutProvider } from '@/lib/security/checkout-provider';
import { checkGrantedScopes } from '@/lib/security/granted-scopes';
import { highEntropyToken, looksLikeCommercetoolsSecret, secretishNameReason } from '@/lib/security/public-env';
import { fromRule, result, type GoliveResult } from './result';

const ROOT = join(import.meta.dirname, '..', '..');

/** The storefront's own credential: the only commercetools client a deployment holds. */
const STOREFRONT_CREDENTIAL = new Set(['CTP_CLIENT_ID', 'CTP_CLIENT_SECRET']);
const CT_CREDENTIAL = /^(CTP|CT|COMMERCETOOLS)_(\w+_)?(CLIENT_ID|CLIENT_SECRET|SECRET|TOKEN|ACCESS_TOKEN|REFRESH_TOKEN|PASSWORD)$/;
const ADMIN_WORD = /ADMIN|MANAGE/i;

/** The env names .mcp.json hands to a development MCP server (`${NAME}`): never in a deployment. */
export function devMcpEnvNames(mcpConfigPath = join(ROOT, '.mcp.json')): string[] {
  let text: string;
  try {
    text = readFileSync(mcpConfigPath, 'utf8');
  } catch {
    return [];
  }
  return [...new Set([...text.matchAll(/\$\{([A-Z][A-Z0-9_]*)(?::-[^}]*)?\}/g)].map((m) => m[1] as string))];
}

/** Setup, admin and tooling credentials do not belong in the deploy environment (seed: "Before you go live"). */
export function checkDeployCredentials(env: EnvSource, mcpNames: readonly string[] = devMcpEnvNames()): GoliveResult {
  const item = 'deploy-credentials';
  const found: string[] = [];
  for (const [name, raw] of Object.entries(env)) {
    const value = raw?.trim() ?? '';
    if (value === '' || STOREFRONT_CREDENTIAL.has(name)) continue;
    if (mcpNames.includes(name)) found.push(`${name} (the development MCP server's credential, from .mcp.json)`);
    else if (CT_CREDENTIAL.test(name)) found.push(`${name} (a second commercetools credential)`);
    else if (ADMIN_WORD.test(name)) {
      const why = secretishNameReason(name) ?? (/CLIENT_ID/i.test(name) ? 'its name contains CLIENT_ID' : undefined) ??
        (looksLikeCommercetoolsSecret(value) || highEntropyToken(value) ? 'its value looks like a secret' : undefined);
      if (why) found.push(`${name} (an admin/manage credential: ${why})`);
    }
  }
  if (found.length === 0) {
    return result(item, 'pass', 'no commercetools credential besides CTP_CLIENT_ID/CTP_CLIENT_SECRET, no admin or tooling credential, no development MCP credential');
  }
  return result(
    item,
    'fail',
    `credentials that do not belong in a deployment: ${found.join('; ')}. The storefront needs only CTP_CLIENT_ID/CTP_CLIENT_SECRET; ` +
      'admin clients used by setup scripts and the development MCP client must never reach Vercel/Netlify or the server. ' +
      'Fix: remove these variables from the deploy environment (and its env files), keep them on the developer machine, and rotate any that were shared.',
  );
}

/** The storefront client's granted scopes, asked of the auth server (the boot rule `granted-scopes`). */
export async function checkStorefrontClient(env: EnvSource): Promise<GoliveResult> {
  const item = 'storefront-client';
  let parsed;
  try {
    // With commercetools Checkout, the rule also requires manage_sessions.
    parsed = parseServerEnv(env);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    return result(item, 'fail', `cannot ask the auth server, the configuration does not parse: ${error.problems.join('; ')}. Fix: run \`npm run check:env\` and fix what it reports.`);
  }
  return fromRule(item, await checkGrantedScopes(parsed));
}

/** Boot rules reused as they are: their messages already carry the fix. */
export function bootRuleItems(env: EnvSource): GoliveResult[] {
  const rules = runStaticChecks(env);
  const pick = (item: string, rule: RuleName): GoliveResult => {
    const found = rules.find((r) => r.rule === rule);
    if (!found) throw new Error(`no boot rule ${rule}`);
    return fromRule(item, found);
  };
  return [pick('session-secret', 'session-secret'), pick('public-env', 'public-env'), pick('shared-store', 'shared-state')];
}

export function checkSiteUrl(env: EnvSource): GoliveResult {
  const item = 'site-url';
  const fix = 'Fix: set SITE_URL to the public https origin, e.g. https://shop.example.com (TLS is terminated by the platform or your proxy).';
  const raw = env.SITE_URL?.trim();
  if (!raw) return result(item, 'fail', `SITE_URL is not set. ${fix}`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return result(item, 'fail', `SITE_URL is not a URL. ${fix}`);
  }
  if (url.protocol !== 'https:') return result(item, 'fail', `SITE_URL is ${url.protocol}//, not https: cookies are only Secure over https. ${fix}`);
  if (isLoopbackUrl(url.href)) return result(item, 'fail', `SITE_URL is a loopback address. ${fix}`);
  return result(item, 'pass', 'SITE_URL is an https origin');
}

/** A real provider: commercetools Checkout, configured as the boot rule `checkout` wants it. */
export function checkPaymentProvider(env: EnvSource): GoliveResult {
  const item = 'payment-provider';
  const provider = env.PAYMENT_PROVIDER?.trim() || 'none';
  const fix = 'Fix: set PAYMENT_PROVIDER=commercetools-checkout and CTP_CHECKOUT_APPLICATION_KEY (the Checkout application of the project).';
  if (provider === 'commercetools-checkout') return fromRule(item, checkCheckoutProvider(env));
  if (provider === 'test') return result(item, 'fail', `PAYMENT_PROVIDER=test places orders without payment (local backend only). ${fix}`);
  if (provider === 'none') return result(item, 'fail', `no payment provider (PAYMENT_PROVIDER ${env.PAYMENT_PROVIDER?.trim() ? '=none' : 'unset'}): no order can be paid. ${fix}`);
  return result(item, 'fail', `PAYMENT_PROVIDER is set to a value no provider has. ${fix}`);
}
