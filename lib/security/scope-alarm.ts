// Raised when a token refresh shows the storefront's API client holding a scope outside the
// allowlist (lib/security/scopes.ts): the token provider stops using the client for the rest of the
// process (lib/commercetools/token.ts), one loud log line says why, and /api/health answers 503 so
// the platform takes the instance out. A restart re-runs the boot checks, which refuse the client.
// Relative imports, no `server-only`: token.ts is loaded by next.config.ts's boot checks too.
import { log } from '../log';
import { processSingleton } from '../process-singleton';
import type { ScopeViolation } from './scopes';

type Alarm = { clientId: string; violations: ScopeViolation[] };

const state = () => processSingleton('security.scopeAlarm', () => ({ alarm: undefined as Alarm | undefined }));

export function raiseScopeAlarm(clientId: string, violations: ScopeViolation[]): void {
  state().alarm = { clientId, violations };
  // Scope names and the client id only: no token, no secret.
  log.error('security.token_scope_violation', {
    clientId,
    scopes: violations.map((v) => v.scope).join(' '),
    reasons: violations.map((v) => v.reason).join('; '),
    action: 'every token of this client is refused until a restart; /api/health answers 503; the boot checks will refuse this client',
  });
}

/** The alarm of this process, if one was raised. */
export function scopeAlarm(): Alarm | undefined {
  return state().alarm;
}
