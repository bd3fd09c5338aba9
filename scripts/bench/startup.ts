// Benchmark: time from starting the production server (`next start`, boot checks included) to the
// first 200 of /api/health, against the local backend. Prints each run and the median.
//   npm run bench:startup [-- runs]
import { startStorefrontBackend, STOREFRONT_CLIENT } from '../storefront-backend';
import { ensureBuild, freePort, localAppEnv, spawnNext, waitForOk } from '../lib/next-process';

async function main() {
  const runs = Number(process.argv[2] ?? 5);
  const backend = await startStorefrontBackend({ port: 0, seed: false });
  const ref = { url: backend.url, projectKey: backend.projectKey, clientId: STOREFRONT_CLIENT.id, clientSecret: STOREFRONT_CLIENT.secret };
  await ensureBuild(localAppEnv(ref, 'http://localhost:3000'));
  const timings: number[] = [];
  for (let run = 1; run <= runs; run++) {
    const port = await freePort();
    const tokensBefore = backend.stats().tokenRequestsByClient[STOREFRONT_CLIENT.id] ?? 0;
    const started = performance.now();
    const child = spawnNext('start', port, localAppEnv(ref, `http://localhost:${port}`), 'ignore');
    await waitForOk(`http://127.0.0.1:${port}/api/health`);
    const ms = performance.now() - started;
    timings.push(ms);
    const tokens = (backend.stats().tokenRequestsByClient[STOREFRONT_CLIENT.id] ?? 0) - tokensBefore;
    console.log(`run ${run}: first 200 from /api/health after ${ms.toFixed(0)} ms (token requests: ${tokens})`);
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
  timings.sort((a, b) => a - b);
  console.log(`median over ${runs} runs: ${timings[Math.floor(runs / 2)]!.toFixed(0)} ms`);
  await backend.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
