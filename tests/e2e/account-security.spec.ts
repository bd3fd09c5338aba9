// Account security and data rights in the browser: change the password (another browser is signed
// out), forgot password with the mailed link, download the data, sign out everywhere, delete the
// account. Mails come from the local SMTP sink the e2e server starts.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { hydrated, mailsTo, open, PASSWORD, signUp, uniqueEmail } from './support';

const NEW_PASSWORD = 'a fresh passphrase for e2e 7';

/** Signs up and waits for the page to land in the account (the form reloads into it). */
async function signedUp(page: Page, email: string) {
  await signUp(page, email);
  await page.waitForURL(/\/en-us\/account$/);
}

async function secondBrowserSignedIn(browser: Browser, email: string, password: string) {
  const page = await (await browser.newContext()).newPage();
  await open(page, '/en-us/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/en-us\/account$/);
  return page;
}

test.describe('account security', () => {
  test('changing the password keeps this browser signed in and signs the other one out', async ({ page, browser }) => {
    const email = uniqueEmail('change');
    await signedUp(page, email);
    const other = await secondBrowserSignedIn(browser, email, PASSWORD);

    await open(page, '/en-us/account/security');
    await page.getByLabel('Current password').fill('not the password at all');
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByText('The current password is not right.').first()).toBeVisible();

    await page.getByLabel('Current password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByTestId('password-changed')).toBeVisible();
    await open(page, '/en-us/account');
    await expect(page.getByTestId('profile-email')).toHaveText(email);

    await other.goto('/en-us/account');
    await expect(other).toHaveURL(/\/en-us\/login\?next=/);
  });

  test('forgot password: the mailed link sets a new password, once', async ({ page }) => {
    const email = uniqueEmail('forgot');
    await signedUp(page, email);
    await page.context().clearCookies();

    await open(page, '/en-us/login');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL(/\/en-us\/forgot-password$/);
    await hydrated(page);
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await expect(page.getByTestId('reset-sent')).toBeVisible();

    const [mail] = await mailsTo(email);
    const link = /(http\S+\/reset-password#token=\S+)/.exec(mail!.text)![1]!;
    await open(page, link);
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await expect(page.getByTestId('reset-done')).toBeVisible();
    // The spent token left the address bar.
    expect(new URL(page.url()).hash).toBe('');

    // Following the link again (a new page load, not a fragment change): the token is spent.
    await page.goto('about:blank');
    await open(page, link);
    await page.getByLabel('New password').fill('yet another passphrase 8');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await expect(page.getByText('This reset link is invalid, expired or already used. Ask for a new one.').first()).toBeVisible();
  });

  test('download my data, sign out everywhere, delete the account', async ({ page, browser }) => {
    const email = uniqueEmail('rights');
    await signedUp(page, email);
    await open(page, '/en-us/account/security');
    const download = page.waitForEvent('download');
    await page.getByTestId('export-data').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('account-data.json');

    const other = await secondBrowserSignedIn(browser, email, PASSWORD);
    await page.getByTestId('sign-out-everywhere').click();
    await page.waitForURL(/\/en-us$/);
    await other.goto('/en-us/account');
    await expect(other).toHaveURL(/\/en-us\/login\?next=/);

    // Sign in again, and delete the account.
    await open(page, '/en-us/login');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/en-us\/account$/);
    await open(page, '/en-us/account/security');
    await page.getByLabel('Your password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.waitForURL(/\/en-us$/);
    const signIn = await page.request.post('/api/auth/login', { headers: { origin: new URL(page.url()).origin }, data: { email, password: PASSWORD } });
    expect(signIn.status()).toBe(401);
  });

  test('the security page has no serious accessibility violations', async ({ page }) => {
    await signedUp(page, uniqueEmail('a11y'));
    await open(page, '/en-us/account/security');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
