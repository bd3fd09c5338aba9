// The one boot rule that needs the network: ask the auth server what the client is GRANTED (a token
// request without a scope parameter returns every scope the client holds) and refuse any scope
// outside the storefront allowlist. What CTP_SCOPES asks for is not enough: a leaked manage_project
// client is dangerous whatever scope the app requests with it. Fails closed when the answer cannot
// be had (credentials rejected, auth server unreachable).
import type { ServerEnv } from '../env';
import {
  requestClientCredentialsToken,
  sharedTokenProvider,
  TokenRequestError,
  type AccessToken,
} from '../commercetools/token';
import { fail, pass, type RuleResult } from './rule-result';
import { DEFAULT_STOREFRONT_SCOPES, parseScopeList, scopeName, scopeViolations } from './scopes';

const RULE = 'granted-scopes';
const CLIENT_FIX =
  `create a storefront API client in the Merchant Center (Settings > Developer settings > API clients) with only ` +
  `${DEFAULT_STOREFRONT_SCOPES.join(' ')} (see docs/boot-refusal.md for the optional ones), and set CTP_CLIENT_ID/CTP_CLIENT_SECRET to it`;

async function grantedToken(env: ServerEnv): Promise<AccessToken> {
  const credentials = { authUrl: env.CTP_AUTH_URL, clientId: env.CTP_CLIENT_ID, clientSecret: env.CTP_CLIENT_SECRET };
  // Without CTP_SCOPES the app itself asks without a scope parameter, so the process-wide provider's
  // token is exactly the one to inspect, and the app reuses it: boot costs no extra token request.
  if (env.CTP_SCOPES === undefined) return sharedTokenProvider(credentials).get();
  return requestClientCredentialsToken(credentials);
}

function tokenErrorResult(error: TokenRequestError, env: ServerEnv): RuleResult {
  switch (error.kind) {
    case 'forbidden_scope':
      // The shared provider refuses a forbidden grant itself; the verdict (and its words) is this rule's.
      return grantedScopesResult(error.grantedScopes, env);
    case 'invalid_client':
      return fail(
        RULE,
        `credentials rejected by the auth server (${env.CTP_AUTH_URL} answered ${error.status ?? 'an error'} for client ${env.CTP_CLIENT_ID}), ` +
          `so the granted scopes cannot be verified. Fix: check CTP_CLIENT_ID and CTP_CLIENT_SECRET (copy them again from the API client; ` +
          `a secret is shown only once at creation) and that CTP_AUTH_URL is the auth URL of the project's region.`,
      );
    case 'unavailable':
      return fail(
        RULE,
        `no usable answer from the auth server at ${env.CTP_AUTH_URL} (${error.message}), so the granted scopes cannot be verified. ` +
          `Fix: check CTP_AUTH_URL (e.g. https://auth.europe-west1.gcp.commercetools.com, or http://127.0.0.1:8989 for the local backend: \`npm run backend\`) and the network.`,
      );
    case 'invalid_scope':
    case 'rejected':
      return fail(
        RULE,
        `the auth server refused a token for client ${env.CTP_CLIENT_ID} (${error.message}), so the granted scopes cannot be verified. ` +
          `Fix: check that the API client exists and is active, and that CTP_AUTH_URL belongs to the project's region.`,
      );
  }
}

export async function checkGrantedScopes(env: ServerEnv): Promise<RuleResult> {
  let token: AccessToken;
  try {
    token = await grantedToken(env);
  } catch (error) {
    if (error instanceof TokenRequestError) return tokenErrorResult(error, env);
    throw error;
  }
  return grantedScopesResult(token.scopes, env);
}

function grantedScopesResult(granted: string[], env: ServerEnv): RuleResult {
  if (granted.length === 0) {
    return fail(RULE, `the auth server granted client ${env.CTP_CLIENT_ID} no scopes at all. Fix: ${CLIENT_FIX}.`);
  }

  const violations = scopeViolations(granted);
  if (violations.length > 0) {
    return fail(
      RULE,
      `client ${env.CTP_CLIENT_ID} is granted scopes a storefront must never hold: ` +
        `${violations.map((v) => `${v.scope} (${v.reason})`).join('; ')}. ` +
        `Whatever CTP_SCOPES asks for, anyone holding this secret can use them. Fix: ${CLIENT_FIX}; then revoke the old client.`,
    );
  }

  // `name:projectKey`: a client of another project would fail on every request later.
  const otherProjects = [...new Set(granted.map((s) => s.split(':')[1]).filter((p): p is string => !!p && p !== env.CTP_PROJECT_KEY))];
  if (otherProjects.length > 0) {
    return fail(
      RULE,
      `client ${env.CTP_CLIENT_ID} holds scopes for project ${otherProjects.join(', ')}, not CTP_PROJECT_KEY=${env.CTP_PROJECT_KEY}. ` +
        `Fix: set CTP_PROJECT_KEY to the client's project, or use a client of project ${env.CTP_PROJECT_KEY}.`,
    );
  }

  const grantedNames = new Set(granted.map(scopeName));
  const notGranted = parseScopeList(env.CTP_SCOPES).filter((s) => !grantedNames.has(scopeName(s)));
  if (notGranted.length > 0) {
    return fail(
      RULE,
      `CTP_SCOPES asks for ${notGranted.join(' ')}, which client ${env.CTP_CLIENT_ID} is not granted; every token request would be refused. ` +
        `Fix: remove them from CTP_SCOPES (or unset it), or grant them to the client if the allowlist permits.`,
    );
  }

  // commercetools Checkout sessions are created with this client's token (lib/payment/commercetools-checkout).
  if (env.PAYMENT_PROVIDER === 'commercetools-checkout' && !grantedNames.has('manage_sessions')) {
    return fail(
      RULE,
      `PAYMENT_PROVIDER=commercetools-checkout, but client ${env.CTP_CLIENT_ID} is not granted manage_sessions (or CTP_SCOPES leaves it out), so no Checkout session can be created. ` +
        `Fix: add the manage_sessions scope to the storefront API client (a new client with the storefront scopes plus manage_sessions), and to CTP_SCOPES if you set it.`,
    );
  }

  return pass(RULE, `client ${env.CTP_CLIENT_ID} is granted only allowlisted scopes: ${[...grantedNames].join(' ')}`);
}
