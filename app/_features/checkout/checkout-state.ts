// The checkout's state as its steps see it (use-checkout-state.ts makes it): what each step shows
// and the actions it may take.
import type { FormEvent } from 'react';
import type { AccountAddress, ShippingMethodOption } from '@/lib/types';
import type { AddressErrors } from '../address/address-fields';
import type { AddressInput } from '../address/address-input';

export type DetailsErrors = { email?: string; shipping: AddressErrors; billing: AddressErrors };

export type CheckoutNotice = { tone: 'error' | 'info'; text: string; testId?: string };

export function sameAddress(a: AddressInput, b: AddressInput): boolean {
  return (Object.keys(a) as Array<keyof AddressInput>).every((key) => a[key].trim() === b[key].trim());
}

/** Step 1: contact and addresses, as typed, and saving them. */
export type DetailsState = {
  email: string;
  setEmail: (email: string) => void;
  shipping: AddressInput;
  setShipping: (address: AddressInput) => void;
  billingSame: boolean;
  setBillingSame: (same: boolean) => void;
  billing: AddressInput;
  setBilling: (address: AddressInput) => void;
  /** A signed-in shopper's saved addresses in the market's country (none for guests). */
  savedAddresses: AccountAddress[];
  errors: DetailsErrors;
  saving: boolean;
  save: (event: FormEvent<HTMLFormElement>) => Promise<void>;
};

/** Step 2: the shipping methods offered (null while loading), the one chosen, and saving it. */
export type ShippingMethodState = {
  methods: ShippingMethodOption[] | null;
  methodId: string;
  setMethodId: (id: string) => void;
  saving: boolean;
  save: (event: FormEvent) => Promise<void>;
  /** Reopens the step (loading the methods when they were never loaded). */
  edit: () => void;
};

/** Step 3: the test payment's outcome and placing the order. */
export type ReviewState = {
  simulateDecline: boolean;
  setSimulateDecline: (decline: boolean) => void;
  placing: boolean;
  placeOrder: () => Promise<void>;
  /** The last decline's message; a new object for each decline, so each one is focused. */
  declined: { text: string } | null;
};
