// The public interface: startLocalBackend with the demo catalog, defaults, loopback-only binding.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CUSTOMER, type LocalBackend } from '@/scripts/local-backend';
import { STOREFRONT_CLIENT, startStorefrontBackend } from '@/scripts/storefront-backend';
import { demoCatalog } from '@/scripts/local-backend/seed/demo-catalog';
import { apiAs, tokenFor } from './support';

let backend: LocalBackend;
const savedEnv = { ...process.env };

beforeAll(async () => {
  delete process.env.LOCAL_CT_CLIENTS;
  delete process.env.LOCAL_CT_PROJECT_KEY;
  backend = await startStorefrontBackend({ port: 0 });
});
afterAll(async () => {
  await backend.close();
  process.env = savedEnv;
});

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('startLocalBackend', () => {
  it('serves the demo-store project on 127.0.0.1 with the default clients', () => {
    expect(backend.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(backend.projectKey).toBe('demo-store');
    expect(backend.clients.map((c) => c.id)).toEqual(['storefront-local', 'storefront-checkout-local', 'seed-admin-local', 'checkout-simulation-local', 'agent-as-local']);
  });

  it('listens on 127.0.0.1 only, not on other addresses of the machine', async () => {
    const port = Number(new URL(backend.url).port);
    expect(await canConnect('127.0.0.1', port)).toBe(true);
    // Linux routes all of 127/8 to loopback: a wildcard (0.0.0.0) listener would accept this.
    expect(await canConnect('127.0.0.2', port)).toBe(false);
  });

  it('is seeded with the demo catalog: every published product is visible to the storefront', async () => {
    const api = apiAs(backend, await tokenFor(backend, STOREFRONT_CLIENT));
    const published = demoCatalog().products.filter((p) => p.publish).length;
    const projections = await api('GET', '/product-projections?limit=500');
    expect(projections.status).toBe(200);
    expect(projections.body.total).toBe(published);
  });

  it('lets the demo customer sign in', async () => {
    const api = apiAs(backend, await tokenFor(backend, STOREFRONT_CLIENT));
    const response = await api('POST', '/login', { email: DEMO_CUSTOMER.email, password: DEMO_CUSTOMER.password });
    expect(response.status).toBe(200);
    expect(response.body.customer.firstName).toBe(DEMO_CUSTOMER.firstName);
  });

  it('closes idempotently and frees the port', async () => {
    const extra = await startStorefrontBackend({ port: 0, seed: false });
    const port = Number(new URL(extra.url).port);
    await Promise.all([extra.close(), extra.close()]);
    expect(await canConnect('127.0.0.1', port)).toBe(false);
  });
});
