// What instrumentation.ts runs in the Node.js runtime: the boot checks, and on any failure a report
// on stderr and exit code 1. Kept out of instrumentation.ts so its Edge bundle holds no Node APIs.
import { failedRules, runBootChecksOnce, UnsafeConfigurationError } from './env-guard';

export async function refuseUnsafeBoot(env: Record<string, string | undefined> = process.env): Promise<void> {
  let message: string | undefined;
  try {
    const failed = failedRules(await runBootChecksOnce(env));
    if (failed.length > 0) message = new UnsafeConfigurationError(failed).message;
  } catch (error) {
    // A check that crashed is not a pass: fail closed.
    message = `Refusing to run: the configuration checks crashed: ${(error as Error).message}`;
  }
  if (message === undefined) return;
  process.stderr.write(`${message}\n`);
  // Exit, not throw: Next logs a throwing register() and keeps serving (every app route a 500).
  process.exit(1);
}
