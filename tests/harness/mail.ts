// Reading what the app mailed: the local mail sink (scripts/local-mail) lists every message it
// received as JSON. Tests wait for a mail to one address (mails are sent after the answer).
import type { LocalMail } from '../../scripts/local-mail/sink';

export type { LocalMail };

export async function mailsTo(webUrl: string, to: string): Promise<LocalMail[]> {
  const response = await fetch(new URL('/messages.json', webUrl));
  const mails = (await response.json()) as LocalMail[];
  return mails.filter((mail) => mail.to.some((address) => address.toLowerCase() === to.toLowerCase()));
}

/** Waits (polling, up to `timeoutMs`) until `count` mails to `to` arrived; answers them. */
export async function waitForMails(webUrl: string, to: string, count = 1, timeoutMs = 15_000): Promise<LocalMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await mailsTo(webUrl, to);
    if (mails.length >= count || Date.now() > deadline) return mails;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
