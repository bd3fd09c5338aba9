// The shape every boot-refusal rule reports in. Its own module so the rule modules (env-guard,
// granted-scopes) can share it without importing each other.

export type RuleName = 'env' | 'declared-scopes' | 'public-env' | 'session-secret' | 'test-payments' | 'shared-state' | 'trusted-proxy' | 'mail' | 'checkout' | 'local-backend' | 'granted-scopes';
type RuleStatus = 'pass' | 'fail' | 'skip';
/** `message` starts with `[rule]`, says what is wrong and the fix; it never contains a secret value. */
export type RuleResult = { rule: RuleName; status: RuleStatus; message: string };

export const pass = (rule: RuleName, message: string): RuleResult => ({ rule, status: 'pass', message: `[${rule}] ${message}` });
export const fail = (rule: RuleName, message: string): RuleResult => ({ rule, status: 'fail', message: `[${rule}] ${message}` });
export const skip = (rule: RuleName, message: string): RuleResult => ({ rule, status: 'skip', message: `[${rule}] ${message}` });
