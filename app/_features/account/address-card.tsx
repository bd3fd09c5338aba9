'use client';
// One address of the address book: its defaults, the address, and edit, delete (confirmed first)
// and make-default actions. Every action is one API call through the book's `run`.
import { useTranslations } from 'next-intl';
import * as shopApi from '@/lib/api-client';
import type { ApiResult } from '@/lib/api-client';
import type { AccountAddress, AddressBook } from '@/lib/types';
import { linkButton } from '../../_ui/form-controls';
import { AddressView } from '../address/address-view';

type Props = {
  address: AccountAddress;
  isShipping: boolean;
  isBilling: boolean;
  busy: boolean;
  confirming: boolean;
  onConfirming: (confirming: boolean) => void;
  onEdit: () => void;
  run: (request: () => Promise<ApiResult<AddressBook>>, success: string) => Promise<boolean>;
};

export function AddressCard({ address, isShipping, isBilling, busy, confirming, onConfirming, onEdit, run }: Props) {
  const t = useTranslations('Account');
  const name = `${address.firstName} ${address.lastName}, ${address.streetName}`.trim();
  return (
    <li className="flex flex-col rounded-lg border border-slate-200 p-5" data-testid="address-card">
      {isShipping || isBilling ? (
        <div className="mb-3 flex flex-wrap gap-2">
          {isShipping ? <span className="rounded-full bg-slate-900 px-2.5 py-0.5 text-xs font-medium text-white">{t('defaultShipping')}</span> : null}
          {isBilling ? <span className="rounded-full bg-slate-200 px-2.5 py-0.5 text-xs font-medium text-slate-900">{t('defaultBilling')}</span> : null}
        </div>
      ) : null}
      <AddressView address={address} />
      <div className="mt-auto flex flex-wrap gap-x-4 gap-y-2 pt-4">
        <button type="button" className={linkButton} onClick={onEdit} disabled={busy} aria-label={t('editNamed', { name })}>
          {t('edit')}
        </button>
        {confirming ? (
          <span className="flex flex-wrap items-center gap-3" role="group" aria-label={t('confirmDelete')}>
            <span className="text-sm text-slate-900">{t('confirmDelete')}</span>
            <button
              type="button"
              className={`${linkButton} text-red-700`}
              disabled={busy}
              onClick={() =>
                void run(() => shopApi.removeAddress(address.id), t('addressDeleted')).then(() => onConfirming(false))
              }
            >
              {t('confirmDeleteYes')}
            </button>
            <button type="button" className={linkButton} onClick={() => onConfirming(false)} disabled={busy}>
              {t('cancel')}
            </button>
          </span>
        ) : (
          <button type="button" className={linkButton} onClick={() => onConfirming(true)} disabled={busy} aria-label={t('deleteNamed', { name })}>
            {t('delete')}
          </button>
        )}
        {(['Shipping', 'Billing'] as const).map((kind) =>
          (kind === 'Shipping' ? isShipping : isBilling) ? null : (
            <button
              key={kind}
              type="button"
              className={linkButton}
              disabled={busy}
              onClick={() => void run(() => shopApi.editAddress(address.id, { [`default${kind}`]: true }), t(`default${kind}Set`))}
              aria-label={t(`setDefault${kind}Named`, { name })}
            >
              {t(`setDefault${kind}`)}
            </button>
          ),
        )}
      </div>
    </li>
  );
}
