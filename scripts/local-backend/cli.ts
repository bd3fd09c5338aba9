// `npm run backend` (through scripts/backend.ts, which names the storefront's scopes): the local
// commercetools backend from env (LOCAL_CT_PORT, LOCAL_CT_PROJECT_KEY, LOCAL_CT_STOREFRONT_SCOPES,
// LOCAL_CT_CLIENTS), seeded with the demo catalog, until Ctrl-C (SIGINT) or SIGTERM. Companions
// (the agent authorization server) are passed in, so this module still imports nothing beside it.
import { type LocalBackend, startBackend } from './backend';
import { type LocalApiClient, SEED_ADMIN_CLIENT, STOREFRONT_CLIENT_ID } from './clients';
import { DEMO_CUSTOMER, demoCatalog } from './seed/demo-catalog';
import type { SeedReport } from './seed/seeder';

function storefrontClient(clients: readonly LocalApiClient[]): LocalApiClient | undefined {
  return clients.find((c) => c.id === STOREFRONT_CLIENT_ID) ?? clients.find((c) => c.id !== SEED_ADMIN_CLIENT.id);
}

function describe(backend: LocalBackend, report: SeedReport | undefined, startupMillis: number): string {
  const client = storefrontClient(backend.clients);
  const lines = [
    `Local commercetools backend on ${backend.url} (project "${backend.projectKey}")`,
    report
      ? `Seeded in ${report.millis} ms (${Object.entries(report.created)
          .map(([resource, count]) => `${count} ${resource}`)
          .join(', ')}); ready ${startupMillis} ms after start`
      : `Ready ${startupMillis} ms after start`,
    '',
  ];
  if (client) {
    lines.push(
      'Paste into .env.local:',
      `CTP_PROJECT_KEY=${backend.projectKey}`,
      `CTP_CLIENT_ID=${client.id}`,
      `CTP_CLIENT_SECRET=${client.secret}`,
      `CTP_AUTH_URL=${backend.url}`,
      `CTP_API_URL=${backend.url}`,
      '',
    );
  }
  lines.push(
    `Demo customer: ${DEMO_CUSTOMER.email} / ${DEMO_CUSTOMER.password} (${DEMO_CUSTOMER.firstName} ${DEMO_CUSTOMER.lastName})`,
    `Token request counts: GET ${backend.url}/__local/stats`,
  );
  return lines.join('\n');
}

/** A service started next to the backend, once it listens: what it prints, and how it stops. */
export type Companion = (backend: LocalBackend) => Promise<{ lines: string[]; close(): Promise<void> }>;

async function main(companions: Companion[]): Promise<void> {
  const started = performance.now();
  let report: SeedReport | undefined;
  const backend = await startBackend({ catalog: demoCatalog, onSeeded: (r) => (report = r) });
  const running: Awaited<ReturnType<Companion>>[] = [];
  try {
    for (const companion of companions) running.push(await companion(backend));
  } catch (error) {
    await Promise.all([backend.close(), ...running.map((c) => c.close())]);
    throw error;
  }
  console.log(describe(backend, report, Math.round(performance.now() - started)));
  for (const companion of running) console.log(['', ...companion.lines].join('\n'));
  console.log('Press Ctrl-C to stop.');

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1); // a second Ctrl-C does not wait
    stopping = true;
    console.log(`\n${signal}: stopping the local backend`);
    Promise.all([backend.close(), ...running.map((c) => c.close())]).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

export function runBackendCli(companions: Companion[] = []): void {
  main(companions).catch((error: unknown) => {
    console.error(`Local backend failed to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
