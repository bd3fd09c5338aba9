// The e2e web server: a seeded local backend plus the production build, wired together.
import { startLocalBackend, STOREFRONT_CLIENT } from '../../scripts/local-backend';
import { ensureBuild, localAppEnv, spawnNext, stopTogether } from '../../scripts/lib/next-process';

const appPort = Number(process.env.E2E_APP_PORT ?? 3107);
const backendPort = Number(process.env.E2E_BACKEND_PORT ?? 8997);

async function main() {
  const backend = await startLocalBackend({ port: backendPort });
  const env = localAppEnv(
    { url: backend.url, projectKey: backend.projectKey, clientId: STOREFRONT_CLIENT.id, clientSecret: STOREFRONT_CLIENT.secret },
    `http://localhost:${appPort}`,
  );
  ensureBuild(env);
  stopTogether([spawnNext('start', appPort, env)], () => backend.close());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
