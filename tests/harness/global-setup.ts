// Starts, for the whole Vitest run, one seeded local commercetools backend on a free port and one
// real redis-server (for the Redis-backed rate limits and session revocation); the backend brings a
// local SMTP mail sink.
import type { TestProject } from 'vitest/node';
import { startStorefrontBackend, STOREFRONT_CLIENT } from '@/scripts/storefront-backend';
import { startRedisServer } from './redis-server';

declare module 'vitest' {
  export interface ProvidedContext {
    localBackend: { url: string; projectKey: string; clientId: string; clientSecret: string };
    /** `redis://127.0.0.1:{port}` of the run's redis-server. */
    redisUrl: string;
    /** The run's local mail sink (scripts/local-mail): the app's SMTP_URL, and where tests read mail. */
    mailSink: { smtpUrl: string; webUrl: string };
  }
}

export default async function setup(project: TestProject) {
  // Redis first: a missing redis-server fails the run at once, with the message saying how to fix it.
  const redis = await startRedisServer();
  const backend = await startStorefrontBackend({ port: 0 }).catch(async (error: unknown) => {
    await redis.stop();
    throw error;
  });
  project.provide('localBackend', {
    url: backend.url,
    projectKey: backend.projectKey,
    clientId: STOREFRONT_CLIENT.id,
    clientSecret: STOREFRONT_CLIENT.secret,
  });
  project.provide('redisUrl', redis.url);
  project.provide('mailSink', { smtpUrl: backend.mail.smtpUrl, webUrl: backend.mail.webUrl });
  return async () => {
    await Promise.all([backend.close(), redis.stop()]);
  };
}
