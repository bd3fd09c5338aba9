import { AppError } from '@/lib/http/errors';
import { defineRoute, endpoint, json } from '@/lib/http/route';
import { scopeAlarm } from '@/lib/security/scope-alarm';

// Liveness: the process is up, its configuration passed the boot checks, and no token refresh has
// since shown the API client holding a scope outside the allowlist (then every commercetools call is
// refused, so the instance must be taken out: 503; the server log says why, this answer does not).
export const { GET, POST, PUT, PATCH, DELETE } = defineRoute({
  GET: endpoint({
    handle: async () => {
      if (scopeAlarm()) throw new AppError('upstream_unavailable', { message: 'Not healthy: a security check failed; see the server log.' });
      return json({ status: 'ok' });
    },
  }),
});
