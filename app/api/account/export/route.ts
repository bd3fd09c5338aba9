import { throttledDataExport } from '@/lib/http/auth';
import { defineRoute, endpoint, json } from '@/lib/http/route';
import { log } from '@/lib/log';
import { exportAccountData } from '@/lib/shop/account/data-rights';

// GET /api/account/export: everything the shop holds about the signed-in customer (profile,
// address book, every order) as a JSON download. 5 per hour per account.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  GET: endpoint({
    handle: async ({ shopper, requestId }) => {
      const data = await throttledDataExport(shopper, () => exportAccountData(shopper));
      log.info('account.exported', { requestId, orders: data.orders.length });
      return json(data, { headers: { 'content-disposition': 'attachment; filename="account-data.json"' } });
    },
  }),
});
