// Error answers of the money rules, in the API's shapes.
import type { DiscountCode, DiscountCodeState } from '@commercetools/platform-sdk';
import { CtError } from '../errors';

/** `DoesNotExist`, `TimeRangeNonApplicable` (documented), `NotActive`, or the code's DiscountCodeState. */
export type NonApplicableReason = 'DoesNotExist' | 'TimeRangeNonApplicable' | DiscountCodeState;

export function discountCodeNonApplicable(
  code: string,
  reason: NonApplicableReason,
  discountCode?: DiscountCode,
  now = new Date(),
): CtError {
  const message =
    reason === 'DoesNotExist'
      ? `The discount code '${code}' was not found.`
      : `The discountCode ${discountCode?.id ?? code} cannot be applied to the cart.`;
  return new CtError(400, [
    {
      code: 'DiscountCodeNonApplicable',
      message,
      discountCode: code,
      reason,
      ...(discountCode ? { discountCodeId: discountCode.id } : {}),
      ...(reason === 'TimeRangeNonApplicable'
        ? {
            ...(discountCode?.validFrom ? { validFrom: discountCode.validFrom } : {}),
            ...(discountCode?.validUntil ? { validUntil: discountCode.validUntil } : {}),
            validityCheckTime: now.toISOString(),
          }
        : {}),
    },
  ]);
}

export function shippingMethodDoesNotMatchCart(): CtError {
  return new CtError(400, [{ code: 'ShippingMethodDoesNotMatchCart', message: 'The predicate does not match the cart.' }]);
}

export function duplicateField(field: string, value: unknown): CtError {
  return new CtError(400, [
    {
      code: 'DuplicateField',
      message: `A duplicate value '${JSON.stringify(value)}' exists for field '${field}'.`,
      field,
      duplicateValue: value,
    },
  ]);
}

export function malformedPredicate(field: string, detail: string): CtError {
  return new CtError(400, [{ code: 'InvalidInput', message: `Malformed parameter: ${field}: ${detail}` }]);
}
