// The mail boot rule (lib/security/env-guard.ts): where mail goes, never the credentials.
import { describe, expect, it } from 'vitest';

describe('the mail boot rule', () => {
  it('skips without SMTP_URL, names host and port without credentials, fails on a non-URL', async () => {
    const { runStaticChecks } = await import('@/lib/security/env-guard');
    const mailRule = (env: Record<string, string | undefined>) => runStaticChecks(env).find((r) => r.rule === 'mail')!;
    expect(mailRule({})).toMatchObject({ status: 'pass', message: expect.stringMatching(/no password-reset or order-confirmation mail is sent/) });
    const named = mailRule({ SMTP_URL: 'smtps://apikey:s3cret-value@smtp.example.com:465' });
    expect(named).toMatchObject({ status: 'pass', message: '[mail] mail goes through smtps://smtp.example.com:465' });
    expect(named.message).not.toContain('s3cret');
    expect(mailRule({ SMTP_URL: 'not a url' }).status).toBe('fail');
  });
});
