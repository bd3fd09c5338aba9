'use client';
// The account's address book: add, edit, delete, and choose the default shipping and billing
// addresses. New addresses are in the market's country; an address keeps its own country when edited.
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { AddressFields, type AddressErrors } from '../address/address-fields';
import { addressBody, addressInputOf, EMPTY_ADDRESS, missingAddressFields, type AddressInput } from '../address/address-input';
import { AddressCard } from './address-card';
import * as shopApi from '@/lib/api-client';
import type { ApiFailure, ApiResult } from '@/lib/api-client';
import { fieldErrorsUnder } from '../../_ui/api-errors';
import { Notice, primaryButton, secondaryButton } from '../../_ui/form-controls';
import { focusFirstInvalid, toLogin } from '../../_ui/navigation';
import type { AddressBook as Book } from '@/lib/types';
import { useErrorText, useFieldTexts } from '../../_ui/use-error-text';

/** The address book part of an answer (a change answers the changed address with it). */
function bookOf(body: Book): Book {
  return { addresses: body.addresses, defaultShippingAddressId: body.defaultShippingAddressId, defaultBillingAddressId: body.defaultBillingAddressId };
}

type Editing = { id: string | null; country: string; value: AddressInput; defaultShipping: boolean; defaultBilling: boolean };

export function AddressBook({ locale, country, initialBook }: { locale: string; country: string; initialBook?: Book }) {
  const t = useTranslations('Account');
  const errorText = useErrorText();
  const fieldTexts = useFieldTexts();
  const [book, setBook] = useState<Book | null>(initialBook ?? null);
  const [loadFailure, setLoadFailure] = useState<ApiFailure | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [errors, setErrors] = useState<AddressErrors>({});
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const loaded = useCallback(
    (result: ApiResult<Book>) => {
      if (result.ok) {
        setBook(bookOf(result.body));
        setLoadFailure(null);
      } else if (result.status === 401) {
        toLogin(locale);
      } else {
        setLoadFailure(result);
      }
    },
    [locale],
  );

  // The server rendered the book when it could; otherwise it is read here, once.
  const needsRead = initialBook === undefined;
  useEffect(() => {
    if (!needsRead) return;
    const controller = new AbortController();
    shopApi
      .getAddressBook(controller.signal)
      .then(loaded)
      .catch(() => undefined);
    return () => controller.abort();
  }, [loaded, needsRead]);

  /** Every change answers with the address book as it is now. */
  async function run(request: () => Promise<ApiResult<Book>>, success: string): Promise<boolean> {
    setBusy(true);
    setMessage(null);
    const result = await request();
    setBusy(false);
    if (!result.ok) {
      if (result.status === 401) {
        toLogin(locale);
        return false;
      }
      setErrors({ ...fieldErrorsUnder(fieldTexts(result)), ...fieldErrorsUnder(fieldTexts(result), 'address') });
      setMessage({ tone: 'error', text: Object.keys(result.fields).length ? t('fixFields') : errorText(result) });
      return false;
    }
    setBook(bookOf(result.body));
    setMessage({ tone: 'success', text: success });
    return true;
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (!editing || busy) return;
    const missing = missingAddressFields(editing.value);
    if (missing.length) {
      setErrors(Object.fromEntries(missing.map((name) => [name, t('required')])));
      setMessage({ tone: 'error', text: t('fixFields') });
      focusFirstInvalid(form);
      return;
    }
    setErrors({});
    const body = addressBody(editing.value, editing.country);
    let ok: boolean;
    if (editing.id) {
      const id = editing.id;
      // An edit sends every field: an emptied optional field is sent as "" (which removes it), and
      // a default flag only when it changed (false stops the address being the default).
      const wasShipping = book?.defaultShippingAddressId === id;
      const wasBilling = book?.defaultBillingAddressId === id;
      const patch = {
        ...body,
        streetNumber: body.streetNumber ?? '',
        state: body.state ?? '',
        phone: body.phone ?? '',
        ...(editing.defaultShipping !== wasShipping ? { defaultShipping: editing.defaultShipping } : {}),
        ...(editing.defaultBilling !== wasBilling ? { defaultBilling: editing.defaultBilling } : {}),
      };
      ok = await run(() => shopApi.editAddress(id, patch), t('addressSaved'));
    } else {
      const flags = {
        ...(editing.defaultShipping ? { defaultShipping: true } : {}),
        ...(editing.defaultBilling ? { defaultBilling: true } : {}),
      };
      ok = await run(() => shopApi.addAddress({ ...body, ...flags }), t('addressAdded'));
    }
    if (ok) {
      setEditing(null);
      requestAnimationFrame(() => addButton.current?.focus());
    } else {
      focusFirstInvalid(form);
    }
  }

  function startEdit(address: Book['addresses'][number] | null) {
    setErrors({});
    setMessage(null);
    setConfirmDelete(null);
    setEditing(
      address
        ? {
            id: address.id,
            country: address.country || country,
            value: addressInputOf(address),
            defaultShipping: book?.defaultShippingAddressId === address.id,
            defaultBilling: book?.defaultBillingAddressId === address.id,
          }
        : { id: null, country, value: { ...EMPTY_ADDRESS }, defaultShipping: !book?.addresses.length, defaultBilling: !book?.addresses.length },
    );
    // The button that opened the form may be gone (an edited card becomes the form): focus moves in.
    requestAnimationFrame(() => formRef.current?.querySelector('input')?.focus());
  }

  const form = editing ? (
    <form ref={formRef} onSubmit={save} noValidate className="space-y-6 rounded-lg border border-slate-300 p-6" data-testid="address-form">
      <AddressFields
        legend={editing.id ? t('editAddress') : t('newAddress')}
        idPrefix="address"
        value={editing.value}
        onChange={(value) => setEditing({ ...editing, value })}
        errors={errors}
        country={editing.country}
        disabled={busy}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-900">{t('defaults')}</legend>
        <label className="flex items-center gap-2 text-sm text-slate-900">
          <input
            type="checkbox"
            className="h-4 w-4"
            checked={editing.defaultShipping}
            onChange={(event) => setEditing({ ...editing, defaultShipping: event.target.checked })}
            disabled={busy}
          />
          {t('useAsDefaultShipping')}
        </label>
        <label className="flex items-center gap-2 text-sm text-slate-900">
          <input
            type="checkbox"
            className="h-4 w-4"
            checked={editing.defaultBilling}
            onChange={(event) => setEditing({ ...editing, defaultBilling: event.target.checked })}
            disabled={busy}
          />
          {t('useAsDefaultBilling')}
        </label>
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={primaryButton} disabled={busy}>
          {busy ? t('saving') : t('saveAddress')}
        </button>
        <button
          type="button"
          className={secondaryButton}
          disabled={busy}
          onClick={() => {
            setEditing(null);
            setErrors({});
            requestAnimationFrame(() => addButton.current?.focus());
          }}
        >
          {t('cancel')}
        </button>
      </div>
    </form>
  ) : null;

  return (
    <section aria-labelledby="addresses-heading">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h2 id="addresses-heading" className="text-xl font-semibold">
          {t('addresses')}
        </h2>
        {!editing || editing.id ? (
          <button ref={addButton} type="button" className={secondaryButton} onClick={() => startEdit(null)} disabled={!book || busy} data-testid="add-address">
            {t('addAddress')}
          </button>
        ) : null}
      </div>
      <div className="mt-4">
        {message ? (
          <Notice tone={message.tone} testId="address-message">
            {message.text}
          </Notice>
        ) : null}
      </div>
      {editing && !editing.id ? <div className="mt-4">{form}</div> : null}
      <div className="mt-4">
        {!book ? (
          loadFailure ? (
            <Notice tone="error">{errorText(loadFailure)}</Notice>
          ) : (
            <div role="status" className="h-32 animate-pulse rounded-lg bg-slate-100">
              <span className="sr-only">{t('loading')}</span>
            </div>
          )
        ) : book.addresses.length === 0 && !editing ? (
          <p className="rounded-lg border border-slate-200 p-6 text-slate-700" data-testid="addresses-empty">
            {t('noAddresses')}
          </p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2" data-testid="address-list">
            {book.addresses.map((address) => {
              const isShipping = book.defaultShippingAddressId === address.id;
              const isBilling = book.defaultBillingAddressId === address.id;
              if (editing?.id === address.id) {
                return (
                  <li key={address.id} className="sm:col-span-2">
                    {form}
                  </li>
                );
              }
              return (
                <AddressCard
                  key={address.id}
                  address={address}
                  isShipping={isShipping}
                  isBilling={isBilling}
                  busy={busy}
                  confirming={confirmDelete === address.id}
                  onConfirming={(on) => setConfirmDelete(on ? address.id : null)}
                  onEdit={() => startEdit(address)}
                  run={run}
                />
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
