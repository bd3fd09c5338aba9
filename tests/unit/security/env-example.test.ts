// .env.example ships placeholders the guard refuses, and docs/boot-refusal.md stays in step with the
// allowlists the guard actually enforces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SESSION_SECRET_PLACEHOLDER, serverEnvSchema } from '@/lib/env';
import { runStaticChecks } from '@/lib/security/env-guard';
import { PUBLIC_ENV_ALLOWLIST } from '@/lib/security/public-env';
import { OPTIONAL_STOREFRONT_SCOPES, STOREFRONT_SCOPES } from '@/lib/security/scopes';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const example = parseEnv(readFileSync(join(ROOT, '.env.example'), 'utf8'));
const docs = readFileSync(join(ROOT, 'docs', 'boot-refusal.md'), 'utf8');

describe('.env.example', () => {
  it('carries the placeholder session secret, which the guard refuses', () => {
    expect(example.SESSION_SECRET).toBe(SESSION_SECRET_PLACEHOLDER);
    const results = runStaticChecks(example);
    expect(results.filter((r) => r.status === 'fail').map((r) => r.rule)).toEqual(['session-secret']);
  });

  it('points at the local backend and declares no NEXT_PUBLIC_ variable', () => {
    expect(example).toMatchObject({
      CTP_AUTH_URL: 'http://127.0.0.1:8989',
      CTP_API_URL: 'http://127.0.0.1:8989',
      CTP_PROJECT_KEY: 'demo-store',
      CTP_CLIENT_ID: 'storefront-local',
    });
    expect(Object.keys(example).filter((name) => name.startsWith('NEXT_PUBLIC_'))).toEqual([]);
  });
});

describe('docs/boot-refusal.md', () => {
  it('documents every server variable', () => {
    for (const name of Object.keys(serverEnvSchema.shape)) expect(docs).toContain(`\`${name}\``);
  });

  it('lists every allowlisted scope with its reason', () => {
    for (const [scope, reason] of Object.entries({ ...STOREFRONT_SCOPES, ...OPTIONAL_STOREFRONT_SCOPES })) {
      expect(docs).toContain(`| \`${scope}\` |`);
      expect(docs).toContain(reason);
    }
  });

  it('lists every NEXT_PUBLIC_ allowlist entry with its reason', () => {
    for (const [name, allowance] of Object.entries(PUBLIC_ENV_ALLOWLIST)) {
      expect(docs).toContain(`| \`${name}\` |`);
      expect(docs).toContain(allowance.reason);
    }
  });
});
