// Starts one seeded local commercetools backend on a free port for the whole Vitest run.
import type { TestProject } from 'vitest/node';
import { startLocalBackend, STOREFRONT_CLIENT } from '../../scripts/local-backend';

declare module 'vitest' {
  export interface ProvidedContext {
    localBackend: { url: string; projectKey: string; clientId: string; clientSecret: string };
  }
}

export default async function setup(project: TestProject) {
  const backend = await startLocalBackend({ port: 0 });
  project.provide('localBackend', {
    url: backend.url,
    projectKey: backend.projectKey,
    clientId: STOREFRONT_CLIENT.id,
    clientSecret: STOREFRONT_CLIENT.secret,
  });
  return () => backend.close();
}
