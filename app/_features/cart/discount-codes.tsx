'use client';
// The cart's discount codes: the ones applied (with a note when one does not apply) and the form to
// add one. Why a code is refused comes from its reason, in the page's language.
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import * as shopApi from '@/lib/api-client';
import type { ApiFailure, ApiResult } from '@/lib/api-client';
import type { Cart } from '@/lib/types';
import { secondaryButton, TextField } from '../../_ui/form-controls';
import { useErrorText } from '../../_ui/use-error-text';

export type CartMutation = (request: () => Promise<ApiResult<Cart>>, options?: { success?: string; onFailure?: (failure: ApiFailure) => boolean }) => Promise<ApiResult<Cart>>;

export function DiscountCodes({
  cart,
  mutate,
}: {
  cart: Cart;
  mutate: CartMutation;
}) {
  const t = useTranslations('Cart');
  const errorText = useErrorText();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [applying, setApplying] = useState(false);

  async function apply(event: FormEvent) {
    event.preventDefault();
    const trimmed = code.trim();
    if (!trimmed || applying) return;
    setApplying(true);
    setError(undefined);
    const result = await mutate(() => shopApi.addDiscountCode(trimmed), {
      success: t('codeApplied', { code: trimmed }),
      // Why the code does not apply goes next to the field, in the page's language.
      onFailure: (failure) => {
        if (failure.status === 409) return false;
        setError(errorText(failure));
        return true;
      },
    });
    if (result.ok) setCode('');
    setApplying(false);
  }

  return (
    <div>
      {cart.discountCodes.length > 0 && (
        <ul className="mb-3 space-y-2" data-testid="discount-codes">
          {cart.discountCodes.map((discount) => (
            <li key={discount.id} className="flex items-center justify-between gap-2 rounded-md bg-white px-3 py-2 text-sm">
              <span>
                <span className="font-medium text-slate-900">{discount.code}</span>
                {discount.state && discount.state !== 'MatchesCart' ? <span className="block text-xs text-slate-600">{t('codeNotApplicable')}</span> : null}
              </span>
              <button
                type="button"
                className="text-sm text-slate-700 underline underline-offset-4 hover:text-slate-900"
                aria-label={t('removeCode', { code: discount.code ?? '' })}
                onClick={() =>
                  void mutate(() => shopApi.removeDiscountCode(discount.id), {
                    success: t('codeRemoved', { code: discount.code ?? '' }),
                  })
                }
              >
                {t('removeText')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={apply} className="flex items-start gap-2" data-testid="discount-form" noValidate>
        <TextField
          className="flex-1"
          label={t('codeLabel')}
          name="code"
          value={code}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          onChange={(event) => {
            setCode(event.target.value);
            setError(undefined);
          }}
          error={error}
        />
        <button type="submit" className={`${secondaryButton} mt-6`} disabled={applying || code.trim() === ''}>
          {applying ? t('applying') : t('apply')}
        </button>
      </form>
    </div>
  );
}
