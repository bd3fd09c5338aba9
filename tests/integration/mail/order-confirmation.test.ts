// The order confirmation mail, end to end: a real order through the Route Handlers, the mail
// through nodemailer to the run's local SMTP sink (scripts/local-mail), read back over HTTP.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { ctApi } from '@/lib/commercetools/client';
import { mailsTo, waitForMails } from '../../harness/mail';
import { expectStatus, inStockSkus, Shopper, US_ADDRESS } from '../shop/cart/support';
import { addLine, getMethods, placeOrder, putDetails, putMethod } from '../shop/checkout/support';

process.env.PAYMENT_PROVIDER = 'test';
const sink = inject('mailSink');
const DE_ADDRESS = { firstName: 'Grete', lastName: 'Müller', streetName: 'Hauptstraße', streetNumber: '5', postalCode: '10115', city: 'Berlin', country: 'DE' };

afterEach(() => vi.restoreAllMocks());

async function orderAs(shopper: Shopper, email: string, address: typeof US_ADDRESS | typeof DE_ADDRESS, sku: string, key = randomUUID()) {
  await expectStatus(await addLine(shopper, sku, 2), 200);
  await expectStatus(await putDetails(shopper, { email, shippingAddress: address }), 200);
  const { shippingMethods } = await expectStatus(await getMethods(shopper), 200);
  await expectStatus(await putMethod(shopper, shippingMethods[0].id), 200);
  return { key, order: (await expectStatus(await placeOrder(shopper, key), 201)).order };
}

describe('order confirmation mail', () => {
  it('a guest gets one mail in English with the order number, lines, totals and address; a replayed key sends nothing more', async () => {
    const logged: string[] = [];
    for (const level of ['log', 'warn', 'error'] as const) vi.spyOn(console, level).mockImplementation((line: unknown) => void logged.push(String(line)));
    const email = `guest-${randomUUID().slice(0, 8)}@example.com`;
    const shopper = new Shopper();
    const { key, order } = await orderAs(shopper, email, US_ADDRESS, inStockSkus()[0]!);

    const [mail] = await waitForMails(sink.webUrl, email);
    expect(mail).toBeDefined();
    expect(mail!.subject).toBe(`Your order ${order.orderNumber}`);
    expect(mail!.text).toContain(`Thank you for your order ${order.orderNumber}`);
    expect(mail!.text).toContain(`2 x ${order.lineItems[0].name}`);
    expect(mail!.text).toContain(`Total: $${(order.total.centAmount / 100).toFixed(2)}`);
    expect(mail!.text).toContain(`${US_ADDRESS.firstName} ${US_ADDRESS.lastName}`);
    expect(mail!.html).toContain('<table>');

    // The same key again answers the same order (200) and sends no second mail.
    expect((await placeOrder(shopper, key)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await mailsTo(sink.webUrl, email)).toHaveLength(1);
    // No log line names the shopper.
    expect(logged.join('\n')).toContain('mail.sent');
    expect(logged.join('\n')).not.toContain(email);
    expect(logged.join('\n')).not.toContain(US_ADDRESS.streetName);
  });

  it('a signed-in customer in the German market gets the mail in German, money in euros', async () => {
    const email = `kunde-${randomUUID().slice(0, 8)}@example.com`;
    const created = await ctApi().customers().post({ body: { email, password: 'ein sicheres passwort 7', firstName: 'Grete', lastName: 'Müller' } }).execute();
    const shopper = await Shopper.withSession({ customerId: created.body.customer.id, market: 'de-de' });
    const { order } = await orderAs(shopper, email, DE_ADDRESS, inStockSkus('EUR', 'DE')[0]!);
    const [mail] = await waitForMails(sink.webUrl, email);
    expect(mail!.subject).toBe(`Ihre Bestellung ${order.orderNumber}`);
    expect(mail!.text).toContain('Gesamt: ');
    expect(mail!.text).toContain('€');
    expect(mail!.text).toContain('Lieferadresse:');
    expect(mail!.text).toContain('Hauptstraße 5');
  });
});
