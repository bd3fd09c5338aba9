// Order states (commercetools' orderState) the UI has words for; anything else is shown as sent.
const KNOWN_ORDER_STATES = ['Open', 'Confirmed', 'Complete', 'Cancelled'] as const;
export type KnownOrderState = (typeof KNOWN_ORDER_STATES)[number];

export function knownOrderState(status: string | null): KnownOrderState | null {
  if (!status) return null;
  const match = KNOWN_ORDER_STATES.find((state) => state.toLowerCase() === status.toLowerCase());
  return match ?? null;
}

/** A date for people (`Jan 5, 2026` / `05.01.2026`), in UTC like the rest of the site; '' when unreadable. */
export function formatOrderDate(iso: string | null, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
