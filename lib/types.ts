// The app's own types. UI and Route Handlers use these; commercetools SDK types stay inside
// lib/commercetools.
import type { Market } from './markets';

export type Money = { centAmount: number; currencyCode: string; fractionDigits: number };

export type CategoryNode = {
  id: string;
  slug: string;
  name: string;
  children: CategoryNode[];
};

export type SessionView = {
  market: Pick<Market, 'locale' | 'country' | 'currency'>;
  customer: { id: string } | null;
  cart: { id: string; itemCount: number } | null;
};
