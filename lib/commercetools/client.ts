import 'server-only';
// The one client builder, and the only reader of the credential (through the env parser).
// Client-credentials flow with a process-wide token; our own transport (fetch.ts) decides timeouts
// and retries, so the SDK's own retry is off.
import { createApiBuilderFromCtpClient, type ByProjectKeyRequestBuilder } from '@commercetools/platform-sdk';
import { ClientBuilder, type Middleware } from '@commercetools/ts-client';
import { serverEnv } from '@/lib/env';
import { parseScopeList } from '@/lib/security/scopes';
import { createResilientFetch, DEFAULT_FETCH_OPTIONS } from './fetch';
import { sharedTokenProvider, type TokenProvider } from './token';

/** Adds the bearer token; on a 401 (token revoked or expired early) fetches a new one once. */
function bearerTokenMiddleware(tokens: TokenProvider): Middleware {
  return (next) => async (request) => {
    const send = async () => {
      const token = await tokens.get();
      const response = await next({ ...request, headers: { ...request.headers, Authorization: `Bearer ${token.value}` } });
      return { token, response };
    };
    const first = await send();
    if (first.response.statusCode !== 401) return first.response;
    // A 401 means the API refused the token before doing anything, so resending is safe.
    tokens.invalidate(first.token);
    return (await send()).response;
  };
}

function buildApiRoot(): ByProjectKeyRequestBuilder {
  const env = serverEnv();
  const tokens = storefrontTokenProvider();
  const client = new ClientBuilder()
    .withProjectKey(env.CTP_PROJECT_KEY)
    .withMiddleware(bearerTokenMiddleware(tokens))
    .withHttpMiddleware({
      host: env.CTP_API_URL,
      httpClient: createResilientFetch(DEFAULT_FETCH_OPTIONS),
      enableRetry: false,
      includeResponseHeaders: false,
      maskSensitiveHeaderData: true,
    })
    .build();
  return createApiBuilderFromCtpClient(client).withProjectKey({ projectKey: env.CTP_PROJECT_KEY });
}

/** The storefront's token provider (shared with the boot check, see token.ts). */
export function storefrontTokenProvider(): TokenProvider {
  const env = serverEnv();
  const scopes = parseScopeList(env.CTP_SCOPES);
  return sharedTokenProvider({
    authUrl: env.CTP_AUTH_URL,
    clientId: env.CTP_CLIENT_ID,
    clientSecret: env.CTP_CLIENT_SECRET,
    ...(scopes.length ? { scopes } : {}),
  });
}

let apiRoot: ByProjectKeyRequestBuilder | undefined;

/** The project-scoped API root every lib/commercetools module calls through. */
export function ctApi(): ByProjectKeyRequestBuilder {
  apiRoot ??= buildApiRoot();
  return apiRoot;
}
