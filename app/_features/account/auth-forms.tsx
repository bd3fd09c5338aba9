'use client';
// Sign-in and sign-up forms. The API decides and words the failure (generic on purpose: it never
// says whether an email has an account); rate limiting shows when to try again. Afterwards the
// shopper goes back where they came from (`next`, already checked to be a path in this store) with
// a full page load, so every part of the page sees the new session (the cart came along).
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import * as shopApi from '@/lib/api-client';
import type { ApiFailure, ApiResult } from '@/lib/api-client';
import { fieldErrorsUnder } from '../../_ui/api-errors';
import { Notice, primaryButton, TextField } from '../../_ui/form-controls';
import { focusFirstInvalid, reloadInto } from '../../_ui/navigation';
import { PASSWORD_MIN_LENGTH, passwordMessageKey } from './password';
import { loginHref, signupHref } from '../../_ui/paths';
import { useErrorText, useFieldTexts } from '../../_ui/use-error-text';

function useAuthFailureText(kind: 'login' | 'signup') {
  const t = useTranslations('Auth');
  const errorText = useErrorText();
  return (failure: ApiFailure): string => {
    if (failure.status === 0 || failure.status === 429 || failure.status >= 500) return errorText(failure);
    if (failure.status === 400 && Object.keys(failure.fields).length) return t('fixFields');
    if (kind === 'login' && failure.status === 401) return t('invalidCredentials');
    // The API's one generic refusal (email taken, common password: it never says which), in the page's language.
    if (kind === 'signup' && failure.status === 422) return t('signupRefused');
    return failure.reason ? errorText(failure) : kind === 'login' ? t('invalidCredentials') : t('signupFailed');
  };
}

/**
 * The submit flow both forms share: refuse client-side gaps first, then one API call; success
 * reloads into `next`, a failure shows the API's field errors and message.
 */
function useAuthSubmit(kind: 'login' | 'signup', next: string) {
  const t = useTranslations('Auth');
  const failureText = useAuthFailureText(kind);
  const fieldTexts = useFieldTexts();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit(form: HTMLFormElement, missing: Record<string, string>, request: () => Promise<ApiResult<unknown>>) {
    if (submitting) return;
    if (Object.keys(missing).length) {
      setFields(missing);
      setError(t('fixFields'));
      focusFirstInvalid(form);
      return;
    }
    setSubmitting(true);
    setError(null);
    setFields({});
    const result = await request();
    if (result.ok) {
      reloadInto(next);
      return;
    }
    setSubmitting(false);
    setFields(fieldErrorsUnder(fieldTexts(result)));
    setError(failureText(result));
    focusFirstInvalid(form);
  }

  return { fields, error, submitting, submit };
}

export function LoginForm({ locale, next }: { locale: string; next: string }) {
  const t = useTranslations('Auth');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { fields, error, submitting, submit: send } = useAuthSubmit('login', next);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!email.trim()) missing.email = t('required');
    if (!password) missing.password = t('required');
    await send(event.currentTarget, missing, () => shopApi.signIn({ email: email.trim(), password }));
  }

  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-semibold tracking-tight">{t('loginTitle')}</h1>
      <p className="mt-2 text-slate-600">{t('loginIntro')}</p>
      <form onSubmit={submit} noValidate className="mt-8 space-y-5" data-testid="login-form">
        {error ? (
          <Notice tone="error" testId="auth-error">
            {error}
          </Notice>
        ) : null}
        <TextField label={t('email')} name="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} error={fields.email} />
        <TextField
          label={t('password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fields.password}
        />
        <button type="submit" className={`${primaryButton} w-full`} disabled={submitting}>
          {submitting ? t('signingIn') : t('signIn')}
        </button>
        <p className="text-sm">
          <Link href={`/${locale}/forgot-password`} className="text-slate-900 underline underline-offset-4">
            {t('forgotPassword')}
          </Link>
        </p>
      </form>
      <p className="mt-6 text-sm text-slate-700">
        {t('noAccount')}{' '}
        <Link href={signupHref(locale, next)} className="font-medium text-slate-900 underline underline-offset-4">
          {t('createAccount')}
        </Link>
      </p>
    </div>
  );
}

export function SignupForm({ locale, next }: { locale: string; next: string }) {
  const t = useTranslations('Auth');
  const [values, setValues] = useState({ firstName: '', lastName: '', email: '', password: '' });
  const { fields, error, submitting, submit: send } = useAuthSubmit('signup', next);
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: event.target.value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    for (const name of ['firstName', 'lastName', 'email', 'password'] as const) {
      if (!values[name].trim()) missing[name] = t('required');
    }
    const weak = missing.password ? null : passwordMessageKey(values.password, values.email);
    if (weak) missing.password = t(weak, { min: PASSWORD_MIN_LENGTH });
    await send(event.currentTarget, missing, () =>
      shopApi.signUp({ email: values.email.trim(), password: values.password, firstName: values.firstName.trim(), lastName: values.lastName.trim() }),
    );
  }

  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-semibold tracking-tight">{t('signupTitle')}</h1>
      <p className="mt-2 text-slate-600">{t('signupIntro')}</p>
      <form onSubmit={submit} noValidate className="mt-8 space-y-5" data-testid="signup-form">
        {error ? (
          <Notice tone="error" testId="auth-error">
            {error}
          </Notice>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={t('firstName')} name="firstName" autoComplete="given-name" required value={values.firstName} onChange={set('firstName')} error={fields.firstName} />
          <TextField label={t('lastName')} name="lastName" autoComplete="family-name" required value={values.lastName} onChange={set('lastName')} error={fields.lastName} />
        </div>
        <TextField label={t('email')} name="email" type="email" autoComplete="email" required value={values.email} onChange={set('email')} error={fields.email} />
        <TextField
          label={t('password')}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          value={values.password}
          onChange={set('password')}
          error={fields.password}
          hint={
            <>
              <span className="block">{t('passwordRulesTitle')}</span>
              <ul className="mt-1 list-disc pl-5" data-testid="password-rules">
                <li>{t('passwordRuleLength', { min: PASSWORD_MIN_LENGTH })}</li>
                <li>{t('passwordRuleCommon')}</li>
                <li>{t('passwordRuleEmail')}</li>
              </ul>
            </>
          }
        />
        <button type="submit" className={`${primaryButton} w-full`} disabled={submitting}>
          {submitting ? t('creating') : t('createAccount')}
        </button>
      </form>
      <p className="mt-6 text-sm text-slate-700">
        {t('haveAccount')}{' '}
        <Link href={loginHref(locale, next)} className="font-medium text-slate-900 underline underline-offset-4">
          {t('signIn')}
        </Link>
      </p>
    </div>
  );
}
