// Labelled form controls for the buy pages: every input has a visible label, its hint and error are
// tied to it with aria-describedby, and an error sets aria-invalid.
import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

const inputClass =
  'mt-1 block h-11 w-full rounded-md border bg-white px-3 text-sm text-slate-900 placeholder:text-slate-500 disabled:bg-slate-100 disabled:text-slate-600';

export const primaryButton =
  'inline-flex h-11 items-center justify-center rounded-md bg-slate-900 px-5 text-sm font-semibold text-white hover:bg-slate-700 disabled:cursor-not-allowed disabled:bg-slate-300 disabled:text-slate-700';

export const secondaryButton =
  'inline-flex h-11 items-center justify-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-900 hover:bg-slate-50 disabled:cursor-not-allowed disabled:text-slate-500';

export const linkButton = 'text-sm font-medium text-slate-900 underline underline-offset-4 hover:text-slate-700 disabled:text-slate-500';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> & {
  label: string;
  name: string;
  error?: string;
  hint?: ReactNode;
  optionalLabel?: string;
  className?: string;
};

export function TextField({ label, name, error, hint, optionalLabel, className, required, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
        {!required && optionalLabel ? <span className="font-normal text-slate-600"> ({optionalLabel})</span> : null}
      </label>
      <input
        id={id}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`${inputClass} ${error ? 'border-red-700' : 'border-slate-300'}`}
        {...input}
      />
      {hint ? (
        <div id={hintId} className="mt-1 text-xs text-slate-600">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700" data-testid={`error-${name}`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A message box: `role="alert"` for errors (announced at once), a polite status otherwise. */
export function Notice({ tone, children, testId }: { tone: 'error' | 'success' | 'info'; children: ReactNode; testId?: string }) {
  const colors = tone === 'error' ? 'border-red-200 bg-red-50 text-red-800' : tone === 'success' ? 'border-green-200 bg-green-50 text-green-900' : 'border-slate-200 bg-slate-50 text-slate-800';
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`rounded-md border p-3 text-sm ${colors}`} data-testid={testId}>
      {children}
    </div>
  );
}
