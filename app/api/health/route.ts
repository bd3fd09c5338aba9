import { defineRoute, endpoint, json } from '@/lib/http/route';

// Liveness: the process is up and its configuration passed the boot checks.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  GET: endpoint({ handle: async () => json({ status: 'ok' }) }),
});
