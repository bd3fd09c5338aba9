// The local mail sink (scripts/local-mail/sink.ts): a real SMTP server that keeps what it receives,
// a page that shows it escaped, and nothing for a page that reaches it under another Host name.
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailSink, type LocalMailSink } from '../../../scripts/local-mail/sink';
import { waitForMails } from '../../harness/mail';

let sink: LocalMailSink;
beforeAll(async () => {
  sink = await startMailSink();
});
afterAll(() => sink.close());

describe('local mail sink', () => {
  it('keeps a mail sent over SMTP, lists it as JSON and shows it escaped on its page', async () => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: Number(new URL(sink.smtpUrl).port), secure: false });
    await transport.sendMail({ from: 'shop@example.com', to: 'Eve <eve@example.com>', subject: 'Hello <b>', text: 'Line <script>alert(1)</script>' });
    const [mail] = await waitForMails(sink.webUrl, 'eve@example.com');
    expect(mail).toMatchObject({ to: ['eve@example.com'], from: 'shop@example.com', subject: 'Hello <b>' });
    const page = await fetch(sink.webUrl);
    const html = await page.text();
    expect(html).toContain('Hello &lt;b&gt;');
    expect(html).not.toContain('<script>');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
  });

  it('answers 403 under another Host name (a DNS-rebinding page reads nothing)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(new URL('/messages.json', sink.webUrl), { headers: { host: 'attacker.example' } }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });
});
