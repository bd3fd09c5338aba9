// The password-reset mail: the link (with the single-use token in its fragment) and how long it works.
import type { Market } from '@/lib/markets';
import { escapeHtml, htmlDocument, mailWords, type Rendered } from './render';

export function passwordResetMail(input: { market: Market; resetUrl: string; expiresInMinutes: number }): Rendered {
  const { t, locale } = mailWords(input.market);
  const subject = t('resetSubject');
  const lines = [t('resetIntro'), t('resetAction', { minutes: input.expiresInMinutes }), t('resetIgnore')];
  const text = [lines[0], '', input.resetUrl, '', lines[1], lines[2]].join('\n');
  const html = htmlDocument(
    locale,
    subject,
    `<p>${escapeHtml(lines[0]!)}</p><p><a href="${escapeHtml(input.resetUrl)}">${escapeHtml(t('resetLink'))}</a></p><p>${escapeHtml(lines[1]!)}</p><p>${escapeHtml(lines[2]!)}</p>`,
  );
  return { subject, text, html };
}
