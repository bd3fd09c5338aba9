// The Universal Commerce Protocol as this shop speaks it: version 2026-04-08 (https://ucp.dev,
// tag v2026-04-08 of github.com/Universal-Commerce-Protocol/ucp). Shared request parts and the
// `ucp` envelope of responses. Every input schema is strict: unknown keys are refused, and tool
// arguments are data, never instructions (nothing in them is interpreted beyond its schema).
import { z } from 'zod';
import { isMarketLocale, MARKETS, type MarketLocale } from '@/lib/markets';

export const UCP_VERSION = '2026-04-08';

/** `meta` of every request: the agent's profile and, for complete/cancel, an idempotency key. */
export const metaSchema = z
  .object({
    'ucp-agent': z.object({ profile: z.url().max(2048) }).strict().optional(),
    'idempotency-key': z.string().min(1).max(255).optional(),
  })
  .strict();

/** Buyer context: where the buyer is, which picks the market (currency, prices, language). */
export const contextSchema = z
  .object({
    address_country: z.string().regex(/^[A-Z]{2}$/).optional(),
    address_region: z.string().max(100).optional(),
    postal_code: z.string().max(32).optional(),
    language: z.string().max(35).optional(),
    intent: z.string().max(500).optional(),
  })
  .strict();

/** The market for a buyer context: its country's, else the language's, else the default. */
export function marketFromContext(context: z.infer<typeof contextSchema> | undefined): MarketLocale | undefined {
  const byCountry = Object.values(MARKETS).find((m) => m.country === context?.address_country);
  if (byCountry) return byCountry.locale;
  const language = context?.language?.toLowerCase();
  return language && isMarketLocale(language) ? language : undefined;
}

export function ucpEnvelope(capability: string) {
  return { version: UCP_VERSION, capabilities: { [capability]: [{ version: UCP_VERSION }] } };
}

/** Minor units and the currency, UCP's money. */
export function ucpAmount(money: { centAmount: number; currencyCode: string }) {
  return { amount: money.centAmount, currency: money.currencyCode };
}
