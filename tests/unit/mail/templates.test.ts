// Mail templates: the market's language, and every value escaped in the HTML (a name is data).
import { describe, expect, it } from 'vitest';
import { orderConfirmationMail } from '@/lib/mail/templates/order-confirmation';
import { passwordResetMail } from '@/lib/mail/templates/password-reset';
import { marketFor } from '@/lib/markets';
import type { Order } from '@/lib/types';

const money = (centAmount: number, currencyCode = 'EUR') => ({ centAmount, currencyCode, fractionDigits: 2 });
const address = { firstName: '<b>Eve</b>', lastName: 'O"Neil', streetName: 'Rue & Co', postalCode: '10115', city: 'Berlin', country: 'DE' };
const order = {
  id: 'o-1',
  orderNumber: 'N-42',
  createdAt: '2026-12-05T10:00:00.000Z',
  state: 'Open',
  email: 'eve@example.com',
  lineItems: [{ id: 'l', sku: 's', productId: 'p', name: 'Mug <script>', slug: 'mug', image: null, quantity: 2, unitPrice: money(1000), totalPrice: money(2000), originalUnitPrice: null, originalTotalPrice: null }],
  itemCount: 2,
  discountCodes: [],
  subtotal: money(2000),
  discount: money(0),
  shipping: money(499),
  tax: money(380),
  total: money(2499),
  shippingAddress: address,
  billingAddress: null,
  shippingMethod: null,
} satisfies Order;

describe('mail templates', () => {
  it('order confirmation: German words and euro amounts in de-de, values escaped in the HTML', () => {
    const mail = orderConfirmationMail({ market: marketFor('de-de'), order });
    expect(mail.subject).toBe('Ihre Bestellung N-42');
    expect(mail.text).toContain('2 x Mug <script>');
    expect(mail.text).toMatch(/Gesamt: 24,99\s€/);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('Mug &lt;script&gt;');
    expect(mail.html).toContain('&lt;b&gt;Eve&lt;/b&gt; O&quot;Neil');
    expect(mail.html).toContain('Rue &amp; Co');
    expect(mail.html).toContain('lang="de-DE"');
  });

  it('password reset: the link once in the text and escaped in the HTML, in the market language', () => {
    const resetUrl = 'https://shop.example.com/en-gb/reset-password#token=a&b';
    const mail = passwordResetMail({ market: marketFor('en-gb'), resetUrl, expiresInMinutes: 30 });
    expect(mail.subject).toBe('Reset your password');
    expect(mail.text).toContain(resetUrl);
    expect(mail.text).toContain('30 minutes');
    expect(mail.html).toContain('href="https://shop.example.com/en-gb/reset-password#token=a&amp;b"');
    expect(passwordResetMail({ market: marketFor('de-de'), resetUrl, expiresInMinutes: 30 }).subject).toBe('Passwort zurücksetzen');
  });
});

describe('SMTP settings', () => {
  it('smtps:// is TLS from the start; smtp:// must upgrade with STARTTLS unless it is this machine', async () => {
    const { smtpOptions } = await import('@/lib/mail/send');
    expect(smtpOptions('smtps://user:p%40ss@smtp.example.com')).toMatchObject({ secure: true, port: 465, auth: { user: 'user', pass: 'p@ss' } });
    expect(smtpOptions('smtp://smtp.example.com')).toMatchObject({ secure: false, port: 587, requireTLS: true });
    expect(smtpOptions('smtp://127.0.0.1:2525')).toMatchObject({ secure: false, port: 2525, requireTLS: false });
  });
});
