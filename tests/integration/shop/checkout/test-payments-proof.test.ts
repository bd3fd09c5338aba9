// The test payment provider at run time, in a process that skipped the boot checks: it proves the
// backend is the local one on first use and caches the verdict. Through a loopback tunnel to a
// "real" project, placing an order is 422 (payments not configured), no payment or order is made,
// and the refusal is logged.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { resetProcessSingletons } from '@/lib/process-singleton';
import { startLoopbackTunnel, type LoopbackTunnel } from '../../../harness/loopback-tunnel';
import { withEnv } from '../../../harness/fresh-modules';
import { expectStatus, ordersOfCart } from '../cart/support';
import { placeOrder, readyShopper } from './support';

const backend = inject('localBackend');
let tunnel: LoopbackTunnel;
beforeAll(async () => {
  tunnel = await startLoopbackTunnel(backend.url);
});
afterAll(async () => {
  await tunnel?.close();
  resetProcessSingletons('security.localBackendProof');
});

describe('the test payment provider', () => {
  it('refuses to pay through a loopback tunnel that cannot prove it is the local backend', async () => {
    process.env.PAYMENT_PROVIDER = 'test';
    const { shopper, cart } = await readyShopper();
    resetProcessSingletons('security.localBackendProof');
    const routes = await withEnv({ PAYMENT_PROVIDER: 'test', CTP_API_URL: tunnel.url, CTP_AUTH_URL: tunnel.url }, async () => ({
      order: await import('@/app/api/checkout/order/route'),
    }));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const body = await expectStatus(await placeOrder(shopper, randomUUID(), {}, routes.order), 422);
    expect(body.error.reason).toBe('payments_not_configured');
    expect(errors.mock.calls.map((c) => String(c[0])).some((line) => line.includes('"event":"payment.test_provider_refused"'))).toBe(true);
    expect(await ordersOfCart(cart.id)).toBe(0);
  });

  it('pays against the local backend itself, which proves it on first use', async () => {
    resetProcessSingletons('security.localBackendProof');
    const routes = await withEnv({ PAYMENT_PROVIDER: 'test' }, async () => ({ order: await import('@/app/api/checkout/order/route') }));
    const { shopper, cart } = await readyShopper();
    await expectStatus(await placeOrder(shopper, randomUUID(), {}, routes.order), 201);
    expect(await ordersOfCart(cart.id)).toBe(1);
  });
});
