// The order confirmation: order number, lines, totals and addresses, in the market's language.
import { formatMoney } from '@/lib/format';
import type { Market } from '@/lib/markets';
import type { Address, Money, Order } from '@/lib/types';
import { escapeHtml, htmlDocument, mailWords, type Rendered } from './render';

function addressLines(address: Address): string[] {
  return [
    `${address.firstName} ${address.lastName}`,
    [address.streetName, address.streetNumber].filter(Boolean).join(' '),
    `${address.postalCode} ${address.city}`,
    ...(address.state ? [address.state] : []),
    address.country,
  ];
}

export function orderConfirmationMail(input: { market: Market; order: Order }): Rendered {
  const { t, locale } = mailWords(input.market);
  const { order } = input;
  const money = (value: Money) => formatMoney(value, locale);
  const number = order.orderNumber ?? order.id;
  const subject = t('orderSubject', { number });
  const lines = order.lineItems.map((line) => ({ name: line.name, quantity: line.quantity, total: money(line.totalPrice) }));
  const totals: Array<[string, string]> = [
    [t('subtotal'), money(order.subtotal)],
    ...(order.discount.centAmount > 0 ? [[t('discount'), `-${money(order.discount)}`] as [string, string]] : []),
    ...(order.shipping ? [[t('shipping'), money(order.shipping)] as [string, string]] : []),
    ...(order.tax ? [[t('tax'), money(order.tax)] as [string, string]] : []),
    [t('total'), money(order.total)],
  ];
  const addresses: Array<[string, string[]]> = [
    ...(order.shippingAddress ? [[t('shippingAddress'), addressLines(order.shippingAddress)] as [string, string[]]] : []),
    ...(order.billingAddress ? [[t('billingAddress'), addressLines(order.billingAddress)] as [string, string[]]] : []),
  ];

  const text = [
    t('orderIntro', { number }),
    '',
    ...lines.map((l) => `${l.quantity} x ${l.name}  ${l.total}`),
    '',
    ...totals.map(([label, value]) => `${label}: ${value}`),
    ...addresses.flatMap(([label, rows]) => ['', `${label}:`, ...rows]),
  ].join('\n');

  const row = (cells: string[], bold = false) => `<tr>${cells.map((c) => `<td style="padding:4px 8px${bold ? ';font-weight:600' : ''}">${escapeHtml(c)}</td>`).join('')}</tr>`;
  const html = htmlDocument(
    locale,
    subject,
    [
      `<p>${escapeHtml(t('orderIntro', { number }))}</p>`,
      `<table>${lines.map((l) => row([`${l.quantity} ×`, l.name, l.total])).join('')}</table>`,
      `<table>${totals.map(([label, value], i) => row([label, value], i === totals.length - 1)).join('')}</table>`,
      ...addresses.map(([label, rows]) => `<p><strong>${escapeHtml(label)}</strong><br>${rows.map(escapeHtml).join('<br>')}</p>`),
    ].join(''),
  );
  return { subject, text, html };
}
