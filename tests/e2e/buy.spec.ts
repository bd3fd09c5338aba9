// Buying end to end against the production build and the local backend: add to cart from product
// pages, change quantities, a discount code, checkout (details, shipping method, review), the order
// confirmation, sign-up and order history, the guest cart surviving sign-in, a declined payment, the
// address book, and accessibility. Products and prices come from the demo catalog itself.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { ProductDraft, ProductVariantDraft } from '@commercetools/platform-sdk';
import { DEMO_CUSTOMER } from '../../scripts/local-backend/seed/demo-catalog';
import { attributeKey, catalog, priceIn, variantsOf } from '../harness/demo-expectations';
import { checkoutToReview, fillDetails, readTotals, SHIPPING_ADDRESS } from './checkout-steps';
import { hydrated, open, PASSWORD, signUp, uniqueEmail } from './support';

const inventory = new Map(catalog.inventory.map((entry) => [entry.sku, entry.quantityOnStock]));
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

type Buyable = { product: ProductDraft; variant: ProductVariantDraft; name: string; sku: string; path: string; usd: number };

/** Distinct products with a well-stocked, US-priced variant, as product page URLs selecting that variant. */
const buyables: Buyable[] = catalog.products.flatMap((product) => {
  const variant = variantsOf(product).find((v) => (inventory.get(v.sku!) ?? 0) >= 10 && priceIn(v, 'USD', 'US') !== undefined);
  if (!variant) return [];
  const query = new URLSearchParams();
  for (const axis of ['color', 'size']) {
    const key = attributeKey(variant, axis);
    if (key) query.set(axis, key);
  }
  return [{ product, variant, name: product.name.en!, sku: variant.sku!, path: `/en-us/p/${product.slug.en}?${query}`, usd: priceIn(variant, 'USD', 'US')! }];
});

/** Each test buys its own products, so stock and carts never interfere between tests. */
let nextBuyable = 0;
function takeBuyable(): Buyable {
  const item = buyables[nextBuyable++ % buyables.length];
  if (!item) throw new Error('the demo catalog has no buyable products');
  return item;
}

async function addToCart(page: Page, item: Buyable, expectedCount: number) {
  await open(page, item.path);
  await expect(page.getByTestId('sku')).toHaveText(item.sku);
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/cart/line-items') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  expect((await answer).status()).toBe(200);
  await expect(page.getByTestId('add-to-cart-status')).toHaveText('Added to your cart. View cart');
  await expect(page.getByTestId('mini-cart-count')).toHaveText(String(expectedCount));
  // The mini-cart drawer opened with the cart; the shopper closes it and carries on from the page.
  await expect(page.getByTestId('cart-drawer')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('cart-drawer')).toBeHidden();
}

/** Places the order (a double click: still one request, one order) and lands on the confirmation. */
async function placeOrder(page: Page): Promise<string> {
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/checkout/order') && request.method() === 'POST') posts.push(request.headers()['idempotency-key'] ?? '');
  });
  await page.getByTestId('place-order').dblclick();
  await page.waitForURL(/\/en-us\/checkout\/confirmation\/[^/]+$/);
  await expect(page.getByTestId('order-details')).toBeVisible();
  expect(posts).toHaveLength(1);
  expect(posts[0]).toMatch(/^[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split('/').pop()!;
}

async function signOut(page: Page) {
  await open(page, '/en-us/account');
  await page.getByTestId('sign-out').click();
  await page.waitForURL(/\/en-us$/);
  await hydrated(page);
  await expect(page.getByTestId('account-link')).toHaveAttribute('data-signed-in', 'false');
}

async function signIn(page: Page, email: string, password: string, next?: string) {
  await open(page, `/en-us/login${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  expect((await answer).status()).toBe(200);
}

async function cartLine(page: Page, item: Buyable) {
  return page.locator(`[data-testid="cart-line"][data-sku="${item.sku}"]`);
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test.describe('guest checkout', () => {
  test('a guest buys two products, changes a quantity, applies WELCOME10 and sees the same totals on the confirmation', async ({ page, browser }) => {
    const first = takeBuyable();
    const second = takeBuyable();
    await addToCart(page, first, 1);
    await addToCart(page, second, 2);

    await page.getByTestId('mini-cart').click();
    await page.waitForURL('/en-us/cart');
    await expect(page.getByTestId('cart-line')).toHaveCount(2);
    for (const item of [first, second]) {
      const line = await cartLine(page, item);
      await expect(line.getByTestId('line-name')).toHaveText(item.name);
      await expect(line.getByTestId('line-name')).toHaveAttribute('href', new RegExp(`^/en-us/p/${item.product.slug.en}`));
      await expect(line.getByTestId('line-unit-price')).toHaveText(`${usd.format(item.usd / 100)} each`);
      await expect(line.getByTestId('line-quantity')).toHaveValue('1');
    }

    // Quantity 1 -> 2: the line total and the totals are the server's answer.
    const firstLine = await cartLine(page, first);
    const changed = page.waitForResponse((r) => /\/api\/cart\/line-items\/[^/]+$/.test(r.url()) && r.request().method() === 'PATCH');
    await firstLine.getByRole('button', { name: `Increase quantity of ${first.name}` }).click();
    const patch = await changed;
    expect(patch.status()).toBe(200);
    const afterPatch = (await patch.json()) as { itemCount: number; subtotal: { centAmount: number } };
    expect(afterPatch.itemCount).toBe(3);
    await expect(firstLine.getByTestId('line-quantity')).toHaveValue('2');
    await expect(page.getByTestId('mini-cart-count')).toHaveText('3');
    await expect(page.getByTestId('cart-status')).toContainText('Cart updated.');
    await expect(page.getByTestId('total-subtotal')).toHaveText(usd.format(afterPatch.subtotal.centAmount / 100));

    // An unknown code: the API's 422 message next to the field, the cart unchanged.
    await page.getByLabel('Discount code').fill('NOSUCHCODE');
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/cart/discount-codes'));
    await page.getByRole('button', { name: 'Apply' }).click();
    const refusal = await refused;
    expect(refusal.status()).toBe(422);
    const refusalBody = (await refusal.json()) as { error: { message: string } };
    await expect(page.getByTestId('error-code')).toHaveText(refusalBody.error.message);
    await expect(page.getByLabel('Discount code')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('total-discount')).toHaveCount(0);

    await page.getByLabel('Discount code').fill('WELCOME10');
    const applied = page.waitForResponse((r) => r.url().endsWith('/api/cart/discount-codes'));
    await page.getByRole('button', { name: 'Apply' }).click();
    const appliedAnswer = await applied;
    expect(appliedAnswer.status()).toBe(200);
    const discounted = (await appliedAnswer.json()) as { discount: { centAmount: number }; discountCodes: Array<{ code: string }> };
    expect(discounted.discountCodes.map((c) => c.code)).toEqual(['WELCOME10']);
    expect(discounted.discount.centAmount).toBeGreaterThan(0);
    await expect(page.getByTestId('discount-codes')).toContainText('WELCOME10');
    await expect(page.getByTestId('total-discount')).toHaveText(`−${usd.format(discounted.discount.centAmount / 100)}`);
    const cartTotals = await readTotals(page);

    await page.getByTestId('checkout-link').click();
    await page.waitForURL('/en-us/checkout');
    const reviewTotals = await checkoutToReview(page, uniqueEmail('guest'));
    // The cart's subtotal and discount carry into checkout unchanged; shipping and tax are now known.
    expect(reviewTotals.subtotal).toBe(cartTotals.subtotal);
    expect(reviewTotals.discount).toBe(cartTotals.discount);
    await expect(page.getByTestId('review').getByTestId('order-line')).toHaveCount(2);

    const orderId = await placeOrder(page);
    await expect(page.getByRole('heading', { name: 'Thank you for your order!' })).toBeVisible();
    await expect(page.getByTestId('order-number')).not.toHaveText('');
    expect(await readTotals(page)).toEqual(reviewTotals);
    await expect(page.getByTestId('order-line')).toHaveCount(2);
    await expect(page.getByTestId('order-shipping-address')).toContainText('Valencia Street');
    await expect(page.getByTestId('order-shipping-method')).not.toHaveText('');
    // The cart became the order: the header shows an empty cart.
    await expect(page.getByTestId('mini-cart-count')).toHaveText('0');

    // Someone else (another browser) cannot see the confirmation: a real 404.
    const stranger = await freshPage(browser);
    const response = await stranger.goto(`/en-us/checkout/confirmation/${orderId}`);
    expect(response?.status()).toBe(404);
    await expect(stranger.getByRole('heading', { name: 'Order not found' })).toBeVisible();
    await stranger.context().close();
  });

  test('a declined payment keeps the cart, and the next attempt places the order', async ({ page }) => {
    const item = takeBuyable();
    await addToCart(page, item, 1);
    await open(page, '/en-us/checkout');
    const reviewTotals = await checkoutToReview(page, uniqueEmail('declined'));

    await page.getByTestId('simulate-decline').check();
    const declined = page.waitForResponse((r) => r.url().endsWith('/api/checkout/order'));
    await page.getByTestId('place-order').click();
    const declinedAnswer = await declined;
    expect(declinedAnswer.status()).toBe(402);
    const declinedKey = declinedAnswer.request().headers()['idempotency-key'];
    await expect(page.getByTestId('payment-declined')).toHaveText('Your payment was declined. Your cart is unchanged: you can try again.');
    await expect(page).toHaveURL('/en-us/checkout');
    await expect(page.getByTestId('mini-cart-count')).toHaveText('1');
    expect(await readTotals(page)).toEqual(reviewTotals);
    const cart = (await (await page.request.get('/api/cart')).json()) as { id: string | null; lineItems: Array<{ sku: string; quantity: number }> };
    expect(cart.id).not.toBeNull();
    expect(cart.lineItems.map((l) => [l.sku, l.quantity])).toEqual([[item.sku, 1]]);

    // A new attempt (new key) without the simulated decline goes through.
    await page.getByTestId('simulate-decline').uncheck();
    const placed = page.waitForResponse((r) => r.url().endsWith('/api/checkout/order'));
    await page.getByTestId('place-order').click();
    const placedAnswer = await placed;
    expect(placedAnswer.status()).toBe(201);
    expect(placedAnswer.request().headers()['idempotency-key']).not.toBe(declinedKey);
    await page.waitForURL(/\/en-us\/checkout\/confirmation\//);
    expect(await readTotals(page)).toEqual(reviewTotals);
  });

  test('checkout shows field errors next to the fields and an empty cart has nothing to check out', async ({ page }) => {
    await open(page, '/en-us/checkout');
    await expect(page.getByTestId('checkout-empty')).toBeVisible();

    await addToCart(page, takeBuyable(), 1);
    await open(page, '/en-us/checkout');
    await page.getByRole('button', { name: 'Continue to shipping' }).click();
    const shipping = page.getByRole('group', { name: 'Shipping address' });
    await expect(shipping.getByLabel('City')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('checkout-notice')).toHaveText('Please check the highlighted fields.');

    // The server's field errors (an invalid phone number) land next to their field.
    await fillDetails(page, uniqueEmail('fields'));
    await shipping.getByLabel('Phone').fill('call me maybe');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/checkout/details'));
    await page.getByRole('button', { name: 'Continue to shipping' }).click();
    expect((await saved).status()).toBe(400);
    await expect(shipping.getByLabel('Phone')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('error-shipping.phone')).not.toHaveText('');
  });
});

test.describe('accounts', () => {
  test('sign-up, order, and the order history lists it', async ({ page }) => {
    const email = uniqueEmail('signup');
    await signUp(page, email);
    await page.waitForURL('/en-us/account');
    await hydrated(page);
    await expect(page.getByTestId('profile-email')).toHaveText(email);
    await expect(page.getByTestId('account-link')).toHaveAttribute('data-signed-in', 'true');
    await expect(page.getByTestId('account-link')).toHaveAccessibleName('My account');
    await open(page, '/en-us/account/orders');
    await expect(page.getByTestId('orders-empty')).toBeVisible();

    await addToCart(page, takeBuyable(), 1);
    await open(page, '/en-us/checkout');
    // Signed in: the email comes from the account.
    await expect(page.getByLabel('Email', { exact: true })).toHaveValue(email);
    const reviewTotals = await checkoutToReview(page, null);
    const orderId = await placeOrder(page);
    const orderNumber = (await page.getByTestId('order-number').textContent())!.trim();

    await open(page, '/en-us/account/orders');
    const rows = page.getByTestId('order-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toHaveAttribute('data-order-id', orderId);
    await expect(rows.first().getByTestId('order-row-number')).toHaveText(orderNumber);
    await expect(rows.first().getByTestId('order-row-total')).toHaveText(reviewTotals.total!);
    await rows.first().getByRole('link', { name: `View order ${orderNumber}` }).click();
    await page.waitForURL(`/en-us/account/orders/${orderId}`);
    await expect(page.getByTestId('order-number')).toHaveText(orderNumber);
    expect(await readTotals(page)).toEqual(reviewTotals);
  });

  test('the guest cart survives sign-in, and sign-in goes back where the shopper came from', async ({ page }) => {
    const email = uniqueEmail('merge');
    await signUp(page, email);
    await page.waitForURL('/en-us/account');
    await signOut(page);

    const item = takeBuyable();
    await addToCart(page, item, 1);

    // Wrong password: one generic message.
    await open(page, '/en-us/login?next=%2Fen-us%2Fcart');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('not the password at all');
    const failed = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect((await failed).status()).toBe(401);
    await expect(page.getByTestId('auth-error')).toHaveText('The email or password is not correct.');

    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('/en-us/cart');
    await hydrated(page);
    await expect(page.getByTestId('mini-cart-count')).toHaveText('1');
    await expect(page.getByTestId('account-link')).toHaveAttribute('data-signed-in', 'true');
    await expect((await cartLine(page, item)).getByTestId('line-quantity')).toHaveValue('1');
  });

  test('the demo customer gets the default address prefilled; a foreign next= is ignored', async ({ page }) => {
    await signIn(page, DEMO_CUSTOMER.email, DEMO_CUSTOMER.password, 'https://evil.example/en-us/cart');
    await page.waitForURL('/en-us/account');
    await expect(page.getByTestId('profile-email')).toHaveText(DEMO_CUSTOMER.email);

    const item = takeBuyable();
    await open(page, item.path);
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await expect(page.getByTestId('add-to-cart-status')).toHaveText('Added to your cart. View cart');
    await open(page, '/en-us/checkout');
    const details = page.getByTestId('step-details');
    if ((await details.getAttribute('data-open')) !== 'true') await details.getByRole('button', { name: /^Change/ }).click();
    const shipping = page.getByRole('group', { name: 'Shipping address' });
    await expect(page.getByLabel('Email', { exact: true })).toHaveValue(DEMO_CUSTOMER.email);
    await expect(shipping.getByLabel('Street')).toHaveValue('Market Street');
    await expect(shipping.getByLabel('City')).toHaveValue('San Francisco');
    await expect(shipping.getByLabel('First name')).toHaveValue(DEMO_CUSTOMER.firstName);
  });

  test('the address book adds, edits, sets defaults and deletes', async ({ page }) => {
    await signUp(page, uniqueEmail('addresses'), '/en-us/account/addresses');
    await page.waitForURL('/en-us/account/addresses');
    await hydrated(page);
    await expect(page.getByTestId('addresses-empty')).toBeVisible();

    const add = async (street: string) => {
      await page.getByTestId('add-address').click();
      const form = page.getByTestId('address-form');
      for (const [label, value] of Object.entries({ ...SHIPPING_ADDRESS, Street: street })) await form.getByLabel(label).first().fill(value);
      await form.getByRole('button', { name: 'Save address' }).click();
      await expect(page.getByTestId('address-message')).toHaveText('Address added.');
    };
    await add('First Street');
    // The first address becomes both defaults.
    const cards = page.getByTestId('address-card');
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText('Default shipping');
    await expect(cards.first()).toContainText('Default billing');

    await add('Second Street');
    await expect(cards).toHaveCount(2);
    const second = cards.filter({ hasText: 'Second Street' });
    await second.getByRole('button', { name: /^Set as default shipping/ }).click();
    await expect(page.getByTestId('address-message')).toHaveText('Default shipping address set.');
    await expect(second).toContainText('Default shipping');
    await expect(cards.filter({ hasText: 'First Street' })).not.toContainText('Default shipping');

    await second.getByRole('button', { name: /^Edit/ }).click();
    await page.getByTestId('address-form').getByLabel('City').fill('Oakland');
    await page.getByTestId('address-form').getByRole('button', { name: 'Save address' }).click();
    await expect(page.getByTestId('address-message')).toHaveText('Address saved.');
    await expect(cards.filter({ hasText: 'Second Street' })).toContainText('Oakland');

    await cards.filter({ hasText: 'First Street' }).getByRole('button', { name: /^Delete/ }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await expect(page.getByTestId('address-message')).toHaveText('Address deleted.');
    await expect(cards).toHaveCount(1);
  });

  test('too many failed sign-ins: the form says when to try again', async ({ page, baseURL }) => {
    const email = uniqueEmail('throttled');
    // The per-email budget of failed attempts, spent through the API itself.
    let status = 0;
    for (let i = 0; i < 20 && status !== 429; i++) {
      const response = await page.request.post('/api/auth/login', { headers: { origin: baseURL! }, data: { email, password: `wrong password ${i}` } });
      status = response.status();
      if (status !== 429) expect(status).toBe(401);
    }
    expect(status).toBe(429);

    await open(page, '/en-us/login');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('still the wrong password');
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    const throttled = await answer;
    expect(throttled.status()).toBe(429);
    const retryAfter = Number(throttled.headers()['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    const wait = retryAfter >= 60 ? `${Math.ceil(retryAfter / 60)} minute` : `${retryAfter} second`;
    await expect(page.getByTestId('auth-error')).toHaveText(new RegExp(`^Too many attempts\\. Please try again in ${wait}s?\\.$`));
  });

  test('account pages send guests to sign-in with ?next=', async ({ page }) => {
    for (const path of ['/en-us/account', '/en-us/account/orders', '/en-us/account/addresses']) {
      await page.goto(path);
      await expect(page).toHaveURL(`/en-us/login?next=${encodeURIComponent(path)}`);
      await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    }
    const login = await page.goto('/en-us/login');
    expect(login?.status()).toBe(200);
  });
});

test.describe('buy pages', () => {
  test('are noindex, translated for the German market, and the header links to sign-in', async ({ page }) => {
    for (const path of ['/en-us/cart', '/en-us/checkout', '/en-us/login', '/en-us/signup']) {
      await page.goto(path);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    }
    await open(page, '/de-de/cart');
    await expect(page.getByRole('heading', { name: 'Ihr Warenkorb' })).toBeVisible();
    await expect(page.getByTestId('account-link')).toHaveAccessibleName('Anmelden');
    await expect(page.getByTestId('account-link')).toHaveAttribute('href', '/de-de/login?next=%2Fde-de%2Fcart');
  });

  test('the cart paints on the server, and a refusal is worded in the page\'s language (/de-de)', async ({ page, baseURL }) => {
    const item = takeBuyable();
    // The header moves the session to the page's market, so the cart is a EUR cart.
    await open(page, '/de-de/cart');
    const added = await page.request.post('/api/cart/line-items', { data: { sku: item.sku, quantity: 1 }, headers: { origin: baseURL! } });
    expect(added.status()).toBe(200);
    expect(((await added.json()) as { total: { currencyCode: string } }).total.currencyCode).toBe('EUR');

    // Server-rendered: the line is in the HTML, before any script ran.
    const html = await (await page.request.get('/de-de/cart')).text();
    expect(html).toContain(`data-sku="${item.sku}"`);
    await open(page, '/de-de/cart');
    await expect(page.getByTestId('cart-line')).toHaveCount(1);

    await page.getByLabel('Rabattcode').fill('NOSUCHCODE');
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/cart/discount-codes'));
    await page.getByRole('button', { name: 'Einlösen' }).click();
    const body = (await (await refused).json()) as { error: { reason: string; message: string } };
    expect(body.error.reason).toBe('discount_code_not_applicable');
    // The API speaks English; the page says it in German, from the reason.
    await expect(page.getByTestId('error-code')).toHaveText('Der Rabattcode „NOSUCHCODE“ kann für diesen Warenkorb nicht verwendet werden.');
    expect(body.error.message).toBe('The discount code "NOSUCHCODE" can\'t be used for this cart.');
  });

  // One test per page (or per short flow that reaches it), so a busy machine never runs one long test.
  async function expectNoSeriousViolations(page: Page, name: string) {
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${name}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }

  for (const [name, path] of [['empty cart', '/en-us/cart'], ['login', '/en-us/login'], ['signup', '/en-us/signup']] as const) {
    test(`axe finds no serious or critical violation on the ${name} page`, async ({ page }) => {
      await open(page, path);
      if (name === 'empty cart') await expect(page.getByTestId('cart-empty')).toBeVisible();
      await expectNoSeriousViolations(page, name);
    });
  }

  test('axe finds no serious or critical violation on the account and address book pages', async ({ page }) => {
    await signUp(page, uniqueEmail('axe'));
    await page.waitForURL('/en-us/account');
    await hydrated(page);
    await expect(page.getByTestId('profile')).toBeVisible();
    await expectNoSeriousViolations(page, 'account');
    await open(page, '/en-us/account/addresses');
    await page.getByTestId('add-address').click();
    await expectNoSeriousViolations(page, 'addresses');
  });

  test('axe finds no serious or critical violation on the cart and checkout pages', async ({ page }) => {
    await addToCart(page, takeBuyable(), 1);
    await open(page, '/en-us/cart');
    await expect(page.getByTestId('cart-line')).toHaveCount(1);
    await expectNoSeriousViolations(page, 'cart');
    await open(page, '/en-us/checkout');
    await expect(page.getByTestId('details-form')).toBeVisible();
    await expectNoSeriousViolations(page, 'checkout details');
    await checkoutToReview(page, uniqueEmail('axe-guest'));
    await expectNoSeriousViolations(page, 'checkout review');
  });

  test('axe finds no serious or critical violation on the confirmation and order history pages', async ({ page }) => {
    await signUp(page, uniqueEmail('axe-orders'));
    await page.waitForURL('/en-us/account');
    await addToCart(page, takeBuyable(), 1);
    await open(page, '/en-us/checkout');
    await checkoutToReview(page, null);
    await placeOrder(page);
    await expectNoSeriousViolations(page, 'confirmation');
    await open(page, '/en-us/account/orders');
    await expect(page.getByTestId('order-row')).toHaveCount(1);
    await expectNoSeriousViolations(page, 'orders');
  });
});
