// Benchmark: what the agent front door costs on top of the storefront API. The production build
// against the local backend; the same catalog search as MCP `search_catalog` (anonymous, JSON-RPC
// over Streamable HTTP, UCP shapes) and as `GET /api/products`, warm, sequentially. Prints medians,
// p95 and the ratio. Figures, not a test: the machine decides the numbers.
//   npm run bench:agents
import { startStorefrontBackend, storefrontBackendRef } from '../storefront-backend';
import { ensureBuild, freePort, localAppEnv, spawnNext, waitForOk } from '../lib/next-process';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function time(run: () => Promise<Response>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS + 10; i++) {
    const started = performance.now();
    const response = await run();
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`answered ${response.status}`);
    if (i >= 10) samples.push(performance.now() - started); // the first ten warm the caches
  }
  return samples.sort((a, b) => a - b);
}

async function main() {
  const backend = await startStorefrontBackend({ port: 0 });
  const port = await freePort();
  const site = `http://localhost:${port}`;
  // The agent API needs an issuer to be on; anonymous catalog calls never ask it anything.
  const env = { ...localAppEnv(storefrontBackendRef(backend), site), AGENT_OAUTH_ISSUER: 'http://127.0.0.1:9' };
  await ensureBuild(env);
  const child = spawnNext('start', port, env, 'ignore');
  try {
    await waitForOk(`http://127.0.0.1:${port}/api/health`);
    const base = `http://127.0.0.1:${port}`;
    const api = await time(() => fetch(`${base}/api/products?q=shirt&limit=10`));
    const mcp = await time(() =>
      fetch(`${base}/api/mcp`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'search_catalog', arguments: { catalog: { query: 'shirt', pagination: { limit: 10 } } } } }),
      }),
    );
    const row = (label: string, s: number[]) => `| ${label} | ${percentile(s, 50).toFixed(1)} | ${percentile(s, 95).toFixed(1)} |`;
    console.log(`${ROUNDS} sequential warm requests each, production build, local backend\n`);
    console.log('| call | p50 ms | p95 ms |');
    console.log('|---|---|---|');
    console.log(row('GET /api/products?q=shirt&limit=10', api));
    console.log(row('MCP tools/call search_catalog (same query)', mcp));
    console.log(`\nMCP overhead at p50: ${(percentile(mcp, 50) - percentile(api, 50)).toFixed(1)} ms (${(percentile(mcp, 50) / percentile(api, 50)).toFixed(2)}x)`);
  } finally {
    child.kill('SIGTERM');
    await backend.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
