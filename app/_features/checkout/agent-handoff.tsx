'use client';
// The customer's side of an agent's checkout: say what it is, then take it over as the session's
// cart and continue in the normal checkout, where the customer reviews and pays.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import * as shopApi from '@/lib/api-client';
import { Notice, primaryButton } from '../../_ui/form-controls';
import { announceCartUpdate } from '../cart/cart-events';

export function AgentHandoff({ locale, cartId }: { locale: string; cartId: string }) {
  const t = useTranslations('AgentCheckout');
  const router = useRouter();
  const [taking, setTaking] = useState(false);
  const [gone, setGone] = useState(false);

  async function takeOver() {
    if (taking) return;
    setTaking(true);
    const result = await shopApi.adoptAgentCart(cartId);
    if (result.ok) {
      announceCartUpdate(result.body.itemCount);
      router.push(`/${locale}/checkout`);
      return;
    }
    setTaking(false);
    setGone(true);
  }

  return (
    <div className="mx-auto max-w-xl space-y-4" data-testid="agent-handoff">
      <h1 className="text-3xl font-semibold tracking-tight">{t('title')}</h1>
      <p className="text-slate-700">{t('intro')}</p>
      <p className="text-sm text-slate-600">{t('replaces')}</p>
      {gone ? (
        <Notice tone="error" testId="agent-handoff-gone">
          {t('gone')}
        </Notice>
      ) : null}
      <button type="button" className={primaryButton} aria-disabled={taking || undefined} onClick={() => void takeOver()} data-testid="agent-handoff-review">
        {taking ? t('taking') : t('review')}
      </button>
    </div>
  );
}
