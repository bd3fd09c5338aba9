import 'server-only';
// Work that must not hold up the answer (a mail, a reset token): Next's `after()` runs it once the
// response is sent, and keeps a serverless function alive for it. Outside a request (scripts, tests
// calling a handler directly) `after` throws; the work then starts at once, unawaited.
// https://nextjs.org/docs/app/api-reference/functions/after
import { after } from 'next/server';
import { log } from '@/lib/log';

export function afterResponse(name: string, task: () => Promise<void>): void {
  const run = () => task().catch((error: unknown) => log.warn('after_response.failed', { task: name, error: error instanceof Error ? error.name : 'unknown' }));
  try {
    after(run);
  } catch {
    void run();
  }
}
