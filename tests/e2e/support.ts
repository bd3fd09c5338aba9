// What the e2e specs share: waiting for hydration, opening a page, unique emails, signing up, and
// reading what the app mailed (the local mail sink the e2e server starts, tests/harness/mail.ts).
import { expect, type Page } from '@playwright/test';
import { E2E_MAIL_PORT } from '../harness/e2e-env';
import { waitForMails, type LocalMail } from '../harness/mail';

export const PASSWORD = 'correct horse battery staple';

/** React hydrated and the header read the session (the mini-cart shows a number). */
export async function hydrated(page: Page) {
  await page.waitForFunction(() => (window as unknown as { next?: { version?: string } }).next?.version !== undefined);
  await expect(page.getByTestId('mini-cart-count')).not.toHaveText('–');
}

export async function open(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await hydrated(page);
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

export async function signUp(page: Page, email: string, next?: string) {
  await open(page, `/en-us/signup${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  await page.getByLabel('First name').fill('Erin');
  await page.getByLabel('Last name').fill('Example');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/signup'));
  await page.getByRole('button', { name: 'Create an account' }).click();
  expect((await answer).status()).toBe(201);
}

/** The mails the app sent to `to` (waiting for `count` of them). */
export function mailsTo(to: string, count = 1): Promise<LocalMail[]> {
  return waitForMails(`http://127.0.0.1:${E2E_MAIL_PORT}/`, to, count);
}
