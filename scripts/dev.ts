// `npm run dev`: next dev. With CTP_* configured (env or .env.local/.env) it uses that project;
// without, it starts the local commercetools backend and says so loudly.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { startStorefrontBackend, storefrontBackendRef } from './storefront-backend';
import { clearDataCache, LISTEN_HOST, localAppEnv, ROOT, spawnNext, stopTogether } from './lib/next-process';

const port = Number(process.env.PORT ?? 3000);

function configuredProjectKey(): string | undefined {
  if (process.env.CTP_PROJECT_KEY) return process.env.CTP_PROJECT_KEY;
  for (const file of ['.env.development.local', '.env.local', '.env.development', '.env']) {
    const path = join(ROOT, file);
    if (existsSync(path)) {
      const key = parseEnv(readFileSync(path, 'utf8')).CTP_PROJECT_KEY;
      if (key) return key;
    }
  }
  return undefined;
}

async function main() {
  const projectKey = configuredProjectKey();
  if (projectKey) {
    console.log(`Using the commercetools project "${projectKey}" from your environment.`);
    stopTogether([spawnNext('dev', port, {}, 'inherit', LISTEN_HOST)], async () => undefined);
    return;
  }
  const backend = await startStorefrontBackend({ agentAs: { siteUrls: [`http://localhost:${port}`] } });
  const env = localAppEnv(storefrontBackendRef(backend), `http://localhost:${port}`);
  const bar = '='.repeat(78);
  console.log(
    [
      bar,
      '  LOCAL BACKEND MODE: no CTP_* configured, so this dev server talks to the local',
      `  commercetools-compatible backend at ${backend.url} with the demo catalog.`,
      '  Set CTP_* in .env.local to develop against a real project.',
      `  Mail the app sends (reset links, order confirmations): ${backend.mail.webUrl}`,
      bar,
    ].join('\n'),
  );
  clearDataCache();
  stopTogether([spawnNext('dev', port, env, 'inherit', LISTEN_HOST)], () => backend.close());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
