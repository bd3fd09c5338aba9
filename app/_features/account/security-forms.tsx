'use client';
// The account's security and data page: change the password (this device stays signed in, the
// others are signed out), sign out everywhere, download everything we hold, delete the account.
// Every rule is the API's; the forms only say what it answered.
import { useTranslations } from 'next-intl';
import { useState, type FormEvent, type ReactNode } from 'react';
import * as shopApi from '@/lib/api-client';
import type { ApiResult } from '@/lib/api-client';
import { fieldErrorsUnder } from '../../_ui/api-errors';
import { Notice, primaryButton, secondaryButton, TextField } from '../../_ui/form-controls';
import { focusFirstInvalid, reloadInto, toLogin } from '../../_ui/navigation';
import { useErrorText, useFieldTexts } from '../../_ui/use-error-text';
import { PASSWORD_MIN_LENGTH, passwordMessageKey } from './password';

/** One API call per submit: field errors under their inputs, the message above, focus on the first problem. */
function useApiForm(locale: string) {
  const errorText = useErrorText();
  const fieldTexts = useFieldTexts();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(form: HTMLFormElement, missing: Record<string, string>, request: () => Promise<ApiResult<unknown>>, fixFields: string): Promise<boolean> {
    if (busy) return false;
    if (Object.keys(missing).length) {
      setFields(missing);
      setError(fixFields);
      focusFirstInvalid(form);
      return false;
    }
    setBusy(true);
    setError(null);
    setFields({});
    const result = await request();
    setBusy(false);
    if (result.ok) return true;
    if (result.status === 401) {
      toLogin(locale);
      return false;
    }
    setFields(fieldErrorsUnder(fieldTexts(result)));
    setError(errorText(result));
    focusFirstInvalid(form);
    return false;
  }

  return { fields, error, busy, run };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="border-t border-slate-200 pt-8 first:border-t-0 first:pt-0">
      <h2 id={id} className="text-xl font-semibold tracking-tight">
        {title}
      </h2>
      <div className="mt-4 max-w-md">{children}</div>
    </section>
  );
}

function ChangePassword({ locale }: { locale: string }) {
  const t = useTranslations('Security');
  const auth = useTranslations('Auth');
  const form = useApiForm(locale);
  const [values, setValues] = useState({ currentPassword: '', newPassword: '' });
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const missing: Record<string, string> = {};
    if (!values.currentPassword) missing.currentPassword = auth('required');
    const weak = values.newPassword ? passwordMessageKey(values.newPassword, '') : 'passwordTooShort';
    if (weak) missing.newPassword = auth(weak, { min: PASSWORD_MIN_LENGTH });
    if (await form.run(event.currentTarget, missing, () => shopApi.changePassword(values), auth('fixFields'))) {
      setValues({ currentPassword: '', newPassword: '' });
      setDone(true);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-testid="change-password-form">
      {form.error ? <Notice tone="error">{form.error}</Notice> : null}
      {done ? <Notice tone="success" testId="password-changed">{t('passwordChanged')}</Notice> : null}
      <TextField label={t('currentPassword')} name="currentPassword" type="password" autoComplete="current-password" required value={values.currentPassword} onChange={(e) => setValues((v) => ({ ...v, currentPassword: e.target.value }))} error={form.fields.currentPassword} />
      <TextField label={t('newPassword')} name="newPassword" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} value={values.newPassword} onChange={(e) => setValues((v) => ({ ...v, newPassword: e.target.value }))} error={form.fields.newPassword} hint={auth('passwordRuleLength', { min: PASSWORD_MIN_LENGTH })} />
      <button type="submit" className={primaryButton} disabled={form.busy}>
        {t('changePassword')}
      </button>
    </form>
  );
}

function SignOutEverywhere({ locale }: { locale: string }) {
  const t = useTranslations('Security');
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function signOutAll() {
    setBusy(true);
    const result = await shopApi.signOutEverywhere();
    if (result.ok || result.status === 401) return reloadInto(`/${locale}`);
    setBusy(false);
    setError(errorText(result));
  }

  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">{t('everywhereIntro')}</p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <button type="button" className={secondaryButton} onClick={() => void signOutAll()} disabled={busy} data-testid="sign-out-everywhere">
        {t('signOutEverywhere')}
      </button>
    </div>
  );
}

function DeleteAccount({ locale }: { locale: string }) {
  const t = useTranslations('Security');
  const auth = useTranslations('Auth');
  const form = useApiForm(locale);
  const [password, setPassword] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: Record<string, string> = password ? {} : { password: auth('required') };
    if (await form.run(event.currentTarget, missing, () => shopApi.deleteAccount(password), auth('fixFields'))) reloadInto(`/${locale}`);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-testid="delete-account-form">
      <p className="text-sm text-slate-700">{t('deleteIntro')}</p>
      {form.error ? <Notice tone="error">{form.error}</Notice> : null}
      <TextField label={t('confirmWithPassword')} name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} error={form.fields.password} />
      <button type="submit" className="inline-flex items-center rounded-md bg-red-700 px-4 py-2 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60" disabled={form.busy}>
        {t('deleteAccount')}
      </button>
    </form>
  );
}

export function SecurityAndData({ locale }: { locale: string }) {
  const t = useTranslations('Security');
  return (
    <div className="space-y-10">
      <Section id="password-heading" title={t('passwordTitle')}>
        <ChangePassword locale={locale} />
      </Section>
      <Section id="sessions-heading" title={t('sessionsTitle')}>
        <SignOutEverywhere locale={locale} />
      </Section>
      <Section id="data-heading" title={t('dataTitle')}>
        <p className="text-sm text-slate-700">{t('exportIntro')}</p>
        <a href={shopApi.ACCOUNT_EXPORT_URL} download className={`${secondaryButton} mt-3`} data-testid="export-data">
          {t('exportData')}
        </a>
      </Section>
      <Section id="delete-heading" title={t('deleteTitle')}>
        <DeleteAccount locale={locale} />
      </Section>
    </div>
  );
}

/** "Forgot your password?": the same answer whether or not the email has an account. */
export function ResetRequestForm({ locale }: { locale: string }) {
  const t = useTranslations('Security');
  const auth = useTranslations('Auth');
  const form = useApiForm(locale);
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: Record<string, string> = email.trim() ? {} : { email: auth('required') };
    if (await form.run(event.currentTarget, missing, () => shopApi.requestPasswordReset(email.trim()), auth('fixFields'))) setSent(true);
  }

  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-semibold tracking-tight">{t('resetTitle')}</h1>
      <p className="mt-2 text-slate-600">{t('resetIntro')}</p>
      {sent ? (
        <div className="mt-8" role="status">
          <Notice tone="success" testId="reset-sent">{t('resetSent')}</Notice>
        </div>
      ) : (
        <form onSubmit={submit} noValidate className="mt-8 space-y-5" data-testid="reset-request-form">
          {form.error ? <Notice tone="error">{form.error}</Notice> : null}
          <TextField label={auth('email')} name="email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} error={form.fields.email} />
          <button type="submit" className={`${primaryButton} w-full`} disabled={form.busy}>
            {t('sendResetLink')}
          </button>
        </form>
      )}
    </div>
  );
}

/** The reset link's page. The token travels in the URL fragment, which browsers never send to a server or in a Referer. */
export function ResetConfirmForm({ locale, loginPath }: { locale: string; loginPath: string }) {
  const t = useTranslations('Security');
  const auth = useTranslations('Auth');
  const form = useApiForm(locale);
  const [newPassword, setNewPassword] = useState('');
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
    const weak = newPassword ? passwordMessageKey(newPassword, '') : 'passwordTooShort';
    const missing: Record<string, string> = weak ? { newPassword: auth(weak, { min: PASSWORD_MIN_LENGTH }) } : {};
    if (await form.run(event.currentTarget, missing, () => shopApi.confirmPasswordReset({ token, newPassword }), auth('fixFields'))) {
      // The token is spent: drop it from the address bar and history.
      window.history.replaceState(null, '', window.location.pathname);
      setDone(true);
    }
  }

  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-semibold tracking-tight">{t('newPasswordTitle')}</h1>
      {done ? (
        <div className="mt-8 space-y-4" role="status">
          <Notice tone="success" testId="reset-done">{t('resetDone')}</Notice>
          <a href={loginPath} className={primaryButton}>
            {auth('signIn')}
          </a>
        </div>
      ) : (
        <form onSubmit={submit} noValidate className="mt-8 space-y-5" data-testid="reset-confirm-form">
          {form.error ? <Notice tone="error">{form.error}</Notice> : null}
          <TextField label={t('newPassword')} name="newPassword" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} value={newPassword} onChange={(e) => setNewPassword(e.target.value)} error={form.fields.newPassword ?? form.fields.token} hint={auth('passwordRuleLength', { min: PASSWORD_MIN_LENGTH })} />
          <button type="submit" className={`${primaryButton} w-full`} disabled={form.busy}>
            {t('setNewPassword')}
          </button>
        </form>
      )}
    </div>
  );
}
