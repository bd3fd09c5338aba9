// A price, with the struck-through original when commercetools says a discount applies. Both
// amounts come from the server (lib/types.ts originalPrice / originalUnitPrice /
// originalTotalPrice); nothing is computed here. No hooks: server and client components use it.
import { formatMoney } from '@/lib/format';
import type { Money } from '@/lib/types';

export function Price({
  price,
  original,
  intlLocale,
  originalLabel,
  text,
  testId,
  originalTestId = testId ? `${testId}-original` : undefined,
  className = '',
}: {
  price: Money;
  original: Money | null | undefined;
  intlLocale: string;
  /** For assistive technology, before the struck amount ("Original price"). */
  originalLabel: string;
  /** The shown text for the current price, when it is worded ("from $20", "$20 each"). */
  text?: (formatted: string) => string;
  /** On the current amount; the struck one gets `originalTestId` (default: `${testId}-original`). */
  testId?: string;
  originalTestId?: string;
  className?: string;
}) {
  const formatted = formatMoney(price, intlLocale);
  return (
    <span className={`inline-flex flex-wrap items-baseline gap-x-2 ${className}`}>
      <span data-testid={testId} className={original ? 'text-red-700' : undefined}>
        {text ? text(formatted) : formatted}
      </span>
      {original ? (
        <s className="text-[0.9em] text-slate-600" data-testid={originalTestId}>
          <span className="sr-only">{originalLabel}: </span>
          {formatMoney(original, intlLocale)}
        </s>
      ) : null}
    </span>
  );
}
