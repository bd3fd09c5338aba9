// lib/commercetools/customer.ts updateCustomer: every update at the customer's current version; on
// a concurrent modification it reads again and re-plans once, never writing over a stale read.
import { describe, expect, it } from 'vitest';
import type { Customer, CustomerUpdateAction } from '@commercetools/platform-sdk';
import { ctApi } from '@/lib/commercetools/client';
import { updateCustomer } from '@/lib/commercetools/customer';
import { createCustomer } from './support';

async function changeBehindTheBack(customer: Customer, lastName: string) {
  await ctApi()
    .customers()
    .withId({ ID: customer.id })
    .post({ body: { version: customer.version, actions: [{ action: 'setLastName', lastName }] } })
    .execute();
}

describe('updateCustomer', () => {
  it('re-reads and re-plans once when the customer changed between its read and its write', async () => {
    const { customer } = await createCustomer();
    const seen: number[] = [];
    const result = await updateCustomer(customer.id, async (current): Promise<CustomerUpdateAction[]> => {
      seen.push(current.version);
      if (seen.length === 1) await changeBehindTheBack(current, 'Changed-Elsewhere');
      return [{ action: 'setFirstName', firstName: 'Planned' }];
    });
    expect(result.ok).toBe(true);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBeGreaterThan(seen[0]!);
    // Both changes are there: the retry planned on the fresh read, not on the stale one.
    const stored = (await ctApi().customers().withId({ ID: customer.id }).get().execute()).body;
    expect(stored).toMatchObject({ firstName: 'Planned', lastName: 'Changed-Elsewhere' });
  });

  it('gives up with a conflict after one retry', async () => {
    const { customer } = await createCustomer();
    let plans = 0;
    const result = await updateCustomer(customer.id, async (current) => {
      plans += 1;
      await changeBehindTheBack(current, `Elsewhere-${plans}`);
      return [{ action: 'setFirstName', firstName: 'Never' }];
    });
    expect(result).toMatchObject({ ok: false, kind: 'conflict' });
    expect(plans).toBe(2);
    expect((await ctApi().customers().withId({ ID: customer.id }).get().execute()).body.firstName).toBe('Casey');
  });

  it('writes nothing for an empty plan or a refused one', async () => {
    const { customer } = await createCustomer();
    expect(await updateCustomer(customer.id, () => [])).toMatchObject({ ok: true, value: { version: customer.version } });
    expect(await updateCustomer(customer.id, () => 'not_yours')).toEqual({ ok: false, kind: 'not_yours' });
    expect((await ctApi().customers().withId({ ID: customer.id }).get().execute()).body.version).toBe(customer.version);
  });

  it('answers not_found for a customer that does not exist', async () => {
    expect(await updateCustomer('00000000-0000-0000-0000-000000000000', () => [])).toMatchObject({ ok: false, kind: 'not_found' });
  });
});
