'use client';
// One checkout step as a section: its numbered heading (focused when the step opens), the step's
// form while it is open, a summary and a "Change" button once it is done.
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { CHECKOUT_STEPS, type CheckoutStep } from './checkout-steps';

export function StepSection({
  step,
  index,
  title,
  current,
  headingRef,
  onEdit,
  editLabel,
  summary,
  children,
}: {
  step: CheckoutStep;
  index: number;
  title: string;
  current: CheckoutStep;
  headingRef: (el: HTMLHeadingElement | null) => void;
  onEdit?: () => void;
  editLabel?: string;
  summary?: ReactNode;
  children: ReactNode;
}) {
  const t = useTranslations('Checkout');
  const open = step === current;
  const done = CHECKOUT_STEPS.indexOf(step) < CHECKOUT_STEPS.indexOf(current);
  const id = `checkout-step-${step}`;
  return (
    <section aria-labelledby={id} className={`rounded-lg border p-6 ${open ? 'border-slate-300' : 'border-slate-200'}`} data-testid={`step-${step}`} data-open={open}>
      <div className="flex items-baseline justify-between gap-4">
        <h2 id={id} ref={headingRef} tabIndex={-1} className={`text-lg font-semibold ${open || done ? 'text-slate-900' : 'text-slate-600'}`}>
          <span aria-hidden="true">{index}. </span>
          {title}
        </h2>
        {done && onEdit ? (
          <button type="button" onClick={onEdit} className="text-sm font-medium text-slate-900 underline underline-offset-4" aria-label={editLabel}>
            {t('change')}
          </button>
        ) : null}
      </div>
      {open ? <div className="mt-6">{children}</div> : done && summary ? <div className="mt-4">{summary}</div> : null}
    </section>
  );
}
