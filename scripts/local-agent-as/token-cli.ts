// `npm run agent:token -- --customer <email> [--max-amount <minor units> --currency <ISO>]
//   [--scope "<list>"] [--audience <url>] [--expires-in <seconds, negative = already expired>]`
// DEV ONLY: asks the running local agent AS (npm run backend / demo) for a customer's token through
// its loopback-only dev grant. The token is the last line printed (for scripts and MCP Inspector).
import { agentClientsFromEnv, DEMO_AGENT_CLIENT } from './clients';
import { mintAgentToken, type MintOptions } from './mint';
import { agentAsPortFrom } from './server';

const USAGE = 'usage: npm run agent:token -- --customer <email> [--max-amount <minor units> --currency <ISO>] [--scope "<list>"] [--audience <url>] [--expires-in <seconds>]';
const OPTIONS = new Set(['customer', 'max-amount', 'currency', 'scope', 'audience', 'expires-in']);

/** `--name value` or `--name=value`; a value may start with "-" (a negative --expires-in). */
function parse(argv: string[]): Map<string, string> {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]!);
    if (!match?.[1] || !OPTIONS.has(match[1])) throw new Error(`unknown argument "${argv[i]}"\n${USAGE}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${match[1]} needs a value\n${USAGE}`);
    values.set(match[1], value);
  }
  return values;
}

function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) throw new Error(`--${name} must be a whole number, got "${value}"`);
  return Number(value);
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const customer = args.get('customer');
  if (!customer) throw new Error(USAGE);
  const asUrl = `http://127.0.0.1:${agentAsPortFrom(process.env.LOCAL_AGENT_AS_PORT)}`;
  const client = agentClientsFromEnv(process.env)?.[0] ?? DEMO_AGENT_CLIENT;
  const options: MintOptions = {
    customer,
    maxAmount: integer('max-amount', args.get('max-amount')),
    currency: args.get('currency'),
    scope: args.get('scope'),
    audience: args.get('audience') ?? process.env.AGENT_RESOURCE,
    expiresIn: integer('expires-in', args.get('expires-in')),
    client,
  };
  const token = await mintAgentToken(asUrl, options).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(/fetch failed|ECONNREFUSED/.test(reason) ? `no local agent AS at ${asUrl}: start it with npm run backend (or demo)` : reason);
  });
  console.log(`Agent ${client.id}, customer ${customer}, scope "${token.scope}", expires in ${token.expires_in} s (DEV ONLY token from ${asUrl})`);
  if (token.authorization_details) console.log(`authorization_details: ${JSON.stringify(token.authorization_details)}`);
  console.log(token.access_token);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
