import { randomUUID } from 'node:crypto';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_SERVER } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
// Next compiles this file's imports without their file names, so the `@/` alias would resolve from
// the wrong folder: every module the guard loads (lib/env, lib/security/*, lib/commercetools/token)
// imports its siblings by relative path.
import { REMOTE_IMAGE_PATTERNS } from './lib/images';
import { assertSafeConfiguration, runBootChecksOnce, runStaticChecks } from './lib/security/env-guard';

// next-intl (without its middleware): points `next-intl/config` at the request configuration, and
// compiles the ICU messages of lib/i18n/messages at build time (`precompile`): the browser then formats
// them without intl-messageformat, whose first message of a page cost a phone ~40 ms of main thread
// (Intl locale negotiation) while the page hydrated. docs/adr/0013-catalog-pages-paint-before-they-hydrate.md
const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: { messages: { path: './lib/i18n/messages', format: 'json', locales: 'infer', precompile: true } },
});

// Boot refusal, first line (docs/boot-refusal.md).
// - Every phase (next build, next dev, next start) runs the static rules here. For `next build` this is
//   the only chance: NEXT_PUBLIC_ values are inlined into client JavaScript at build time, so refusing
//   at start would be too late. The build therefore needs the full server environment.
// - `next start` also runs the network rule (granted-scopes) here: Next awaits this function before it
//   installs any request handler, whereas instrumentation's register() runs while public files are
//   already being served. A throw here makes `next start` exit 1 without answering a request.
export default async function config(phase: string): Promise<NextConfig> {
  if (phase === PHASE_PRODUCTION_SERVER) assertSafeConfiguration(await runBootChecksOnce(process.env));
  else assertSafeConfiguration(runStaticChecks(process.env));

  return withNextIntl({
    poweredByHeader: false,
    // Inlined into the server code at build time: the HTML cache keys its pages by build, because a
    // page names the build's script files and the data cache outlives a deployment (lib/cache/page-cache.ts).
    env: { STOREFRONT_BUILD_KEY: randomUUID() },
    // Middleware sees the URL Next itself routes by, so its rewrites (markdown twins, the HTML cache)
    // stay in this server instead of being proxied over HTTP when the Host header names another
    // spelling of this host (localhost vs 127.0.0.1).
    skipProxyUrlNormalize: true,
    reactStrictMode: true,
    images: { remotePatterns: REMOTE_IMAGE_PATTERNS.map((pattern) => ({ ...pattern })) },
    // Only the build tests set this, so a build that must be refused can never overwrite `.next`.
    ...(process.env.STOREFRONT_TEST_DIST_DIR ? { distDir: process.env.STOREFRONT_TEST_DIST_DIR } : {}),

    // Add further options below (images, headers, experimental, ...).
  });
}
