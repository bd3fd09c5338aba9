// Boot refusal, second line (docs/boot-refusal.md). Next calls register() once per server process.
//
// What we verified on Next 16.4 (`next start`, see docs/boot-refusal.md): the HTTP server listens
// before register() runs, and while register() is pending Next already answers public files and
// /_next/static assets; only app routes wait for it. So the first line is next.config.ts, whose
// config function Next awaits before it installs any request handler. This hook covers the ways a
// server starts without evaluating next.config.ts (standalone output, platform adapters), and
// reuses next.config.ts's result in-process, so a normal start asks the auth server only once.
export async function register(): Promise<void> {
  // The Edge bundle of this file must not pull in the Node-only guard.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { refuseUnsafeBoot } = await import('./lib/security/boot-refusal');
  await refuseUnsafeBoot();
}
