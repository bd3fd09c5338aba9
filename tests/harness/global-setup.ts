// Starts, for the whole Vitest run, one seeded local commercetools backend on a free port and one
// real redis-server (for the Redis-backed rate limits and session revocation); the backend brings a
// local SMTP mail sink and the local agent authorization server (scripts/local-agent-as).
import type { TestProject } from 'vitest/node';
import { DEMO_AGENT_CLIENT, RESOURCE_SERVER_CLIENT } from '@/scripts/local-agent-as';
import { startStorefrontBackend, STOREFRONT_CLIENT } from '@/scripts/storefront-backend';
import { startRedisServer } from './redis-server';

declare module 'vitest' {
  export interface ProvidedContext {
    localBackend: { url: string; projectKey: string; clientId: string; clientSecret: string };
    /** `redis://127.0.0.1:{port}` of the run's redis-server. */
    redisUrl: string;
    /** The run's local mail sink (scripts/local-mail): the app's SMTP_URL, and where tests read mail. */
    mailSink: { smtpUrl: string; webUrl: string };
    /**
     * The run's local agent authorization server: tokens for `resource` (the integration tests'
     * SITE_URL + /api/mcp) or any of `resources`; the storefront's introspection client; a test agent.
     */
    agentAuthServer: {
      issuer: string;
      resource: string;
      resources: string[];
      introspectionClientId: string;
      introspectionClientSecret: string;
      agentClientId: string;
      agentClientSecret: string;
    };
  }
}

export default async function setup(project: TestProject) {
  // Redis first: a missing redis-server fails the run at once, with the message saying how to fix it.
  const redis = await startRedisServer();
  // Resources for the integration tests' SITE_URL (tests/harness/integration-env.ts) and the boot tests' one.
  const agentAs = { port: 0, siteUrls: ['http://localhost:3000', 'http://127.0.0.1:3000'] };
  const backend = await startStorefrontBackend({ port: 0, agentAs }).catch(async (error: unknown) => {
    await redis.stop();
    throw error;
  });
  project.provide('localBackend', {
    url: backend.url,
    projectKey: backend.projectKey,
    clientId: STOREFRONT_CLIENT.id,
    clientSecret: STOREFRONT_CLIENT.secret,
  });
  project.provide('agentAuthServer', {
    issuer: backend.agentAs!.issuer,
    resource: backend.agentAs!.resource,
    resources: backend.agentAs!.resources,
    introspectionClientId: RESOURCE_SERVER_CLIENT.id,
    introspectionClientSecret: RESOURCE_SERVER_CLIENT.secret,
    agentClientId: DEMO_AGENT_CLIENT.id,
    agentClientSecret: DEMO_AGENT_CLIENT.secret,
  });
  project.provide('redisUrl', redis.url);
  project.provide('mailSink', { smtpUrl: backend.mail.smtpUrl, webUrl: backend.mail.webUrl });
  return async () => {
    await Promise.all([backend.close(), redis.stop()]);
  };
}
