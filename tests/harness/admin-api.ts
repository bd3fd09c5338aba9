// An admin API root for tests that need to change the catalog behind the storefront's back (the
// seed admin client of the local backend; the storefront itself never holds it).
import { createApiBuilderFromCtpClient } from '@commercetools/platform-sdk';
import { ClientBuilder } from '@commercetools/ts-client';
import { SEED_ADMIN_CLIENT } from '../../scripts/local-backend';

export function adminApi(backendUrl: string, projectKey: string) {
  const client = new ClientBuilder()
    .withProjectKey(projectKey)
    .withClientCredentialsFlow({
      host: backendUrl,
      projectKey,
      credentials: { clientId: SEED_ADMIN_CLIENT.id, clientSecret: SEED_ADMIN_CLIENT.secret },
      httpClient: fetch,
    })
    .withHttpMiddleware({ host: backendUrl, httpClient: fetch })
    .build();
  return createApiBuilderFromCtpClient(client).withProjectKey({ projectKey });
}
