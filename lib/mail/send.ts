import 'server-only';
// The mailer: one SMTP transport (nodemailer) built from SMTP_URL. In production that is the
// operator's mail service; in dev, the demo and tests it is the local mail sink started with the
// local backend (scripts/local-mail). Without SMTP_URL mail is off: nothing is sent and one line
// says so. Sending never throws and never logs an address or a body (no PII in logs).
import nodemailer, { type Transporter } from 'nodemailer';
import { isLoopbackUrl, serverEnv } from '@/lib/env';
import { log } from '@/lib/log';
import { processSingleton } from '@/lib/process-singleton';

export type MailMessage = { to: string; subject: string; text: string; html: string; /** for logs: what kind of mail */ kind: string };

export type MailOutcome = 'sent' | 'not_configured' | 'failed';

/** The SMTP settings for an SMTP_URL. */
export function smtpOptions(url: string) {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'smtps:';
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    // smtp:// must upgrade with STARTTLS (credentials and addresses never cross a network in clear);
    // only the local sink on this machine speaks plain SMTP.
    requireTLS: !secure && !isLoopbackUrl(url.replace(/^smtp:/, 'http:')),
    ...(parsed.username ? { auth: { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } } : {}),
    // Short timeouts: a mail server that hangs must not hold a function for long.
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 10_000,
  };
}

function createTransport(url: string): Transporter {
  return nodemailer.createTransport(smtpOptions(url));
}

function transport(url: string): Transporter {
  const transports = processSingleton('mail.transports', () => new Map<string, Transporter>());
  let existing = transports.get(url);
  if (!existing) transports.set(url, (existing = createTransport(url)));
  return existing;
}

function sender(): string {
  const env = serverEnv();
  return env.MAIL_FROM ?? `no-reply@${env.SITE_URL ? new URL(env.SITE_URL).hostname : 'localhost'}`;
}

export async function sendMail(message: MailMessage): Promise<MailOutcome> {
  const url = serverEnv().SMTP_URL;
  if (!url) {
    log.warn('mail.not_configured', { kind: message.kind });
    return 'not_configured';
  }
  try {
    await transport(url).sendMail({ from: sender(), to: message.to, subject: message.subject, text: message.text, html: message.html });
    log.info('mail.sent', { kind: message.kind });
    return 'sent';
  } catch (error) {
    log.warn('mail.failed', { kind: message.kind, error: error instanceof Error ? error.name : 'unknown' });
    return 'failed';
  }
}
