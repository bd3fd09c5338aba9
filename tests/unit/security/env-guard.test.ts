import { describe, expect, it } from 'vitest';
import { SESSION_SECRET_PLACEHOLDER } from '@/lib/env';
import {
  assertSafeConfiguration,
  runBootChecks,
  runStaticChecks,
  STATIC_RULES,
  UnsafeConfigurationError,
  type RuleName,
  type RuleResult,
} from '@/lib/security/env-guard';
import { PUBLIC_ENV_ALLOWLIST } from '@/lib/security/public-env';
import { goodServerEnv, TEST_CTP_CLIENT_SECRET, TEST_SESSION_SECRET, type TestEnv } from '@/tests/harness/test-env';

// No network here: the static rules only. granted-scopes has its own file (real local backend).
const env = (overrides: TestEnv = {}) => goodServerEnv('http://127.0.0.1:8989', 'demo-store', overrides);

function rule(results: RuleResult[], name: RuleName): RuleResult {
  const result = results.find((r) => r.rule === name);
  if (!result) throw new Error(`no result for ${name}`);
  return result;
}

function expectFail(overrides: TestEnv, name: RuleName, ...fragments: string[]): RuleResult {
  const result = rule(runStaticChecks(env(overrides)), name);
  expect(result.status, result.message).toBe('fail');
  expect(result.message.startsWith(`[${name}] `)).toBe(true);
  expect(result.message).toContain('Fix:');
  for (const fragment of fragments) expect(result.message).toContain(fragment);
  return result;
}

function expectPass(overrides: TestEnv, name: RuleName): void {
  const result = rule(runStaticChecks(env(overrides)), name);
  expect(result.status, result.message).toBe('pass');
}

// Built at run time so the source holds no string a secret scanner would flag.
const fake = {
  stripeSecret: ['sk', 'live', 'FAKEfake0000FAKEfake0000'].join('_'),
  stripeRestricted: ['rk', 'test', 'FAKEfake0000FAKEfake0000'].join('_'),
  awsKeyId: 'AKIA' + 'FAKE0000FAKE0000',
  githubToken: 'ghp' + '_' + 'FAKEfake'.repeat(5),
  jwt: ['eyJhbGciOiJIUzI1NiJ9', 'eyJzdWIiOiJmYWtlIn0', 'ZmFrZS1zaWduYXR1cmU'].join('.'),
  pemKey: '-----BEGIN ' + 'RSA PRIVATE KEY-----\nMIIfake\n-----END RSA PRIVATE KEY-----',
  slackToken: 'xoxb' + '-000000000000-FAKEfakeFAKE',
  /** 32 mixed characters: the shape of a commercetools client secret. */
  ctSecret: ['Qm7vT2xLp9RzK4wN', 'c8YhB3dFj6GsA1eU'].join(''),
  /** 22 distinct characters: ~4.46 bits/char. */
  highEntropy: 'Zx9Qw2Er7Ty4Ui1Op6As3D',
};

describe('a good configuration', () => {
  it('passes every static rule', () => {
    const results = runStaticChecks(env());
    expect(results.map((r) => r.rule)).toEqual(STATIC_RULES);
    for (const result of results) expect(result.status, result.message).toBe('pass');
    expect(() => assertSafeConfiguration(results)).not.toThrow();
  });
});

describe('env rule', () => {
  it('names a missing variable', () => {
    expectFail({ CTP_PROJECT_KEY: undefined }, 'env', 'CTP_PROJECT_KEY is required');
  });
  it('names a malformed URL', () => {
    expectFail({ CTP_API_URL: 'not a url' }, 'env', 'CTP_API_URL must be an http(s) URL');
  });
  it('requires SITE_URL in production', () => {
    expectFail({ NODE_ENV: 'production', SITE_URL: undefined }, 'env', 'SITE_URL is required in production');
    expectPass({ NODE_ENV: 'production' }, 'env');
  });
});

describe('declared-scopes rule', () => {
  it.each([
    ['manage_project:demo-store', 'manage_project'],
    ['manage_my_orders:demo-store', 'manage_my_orders'],
    ['manage_api_clients:demo-store', 'manage_api_clients'],
    ['manage_products:demo-store', 'outside the storefront scope allowlist'],
  ])('refuses %s', (scope, fragment) => {
    expectFail({ CTP_SCOPES: `view_published_products:demo-store ${scope}` }, 'declared-scopes', scope, fragment);
  });
  it('accepts allowlisted scopes, and an unset CTP_SCOPES', () => {
    expectPass({ CTP_SCOPES: 'view_published_products:demo-store manage_orders:demo-store view_types:demo-store' }, 'declared-scopes');
    expectPass({ CTP_SCOPES: undefined }, 'declared-scopes');
  });
});

describe('public-env rule', () => {
  describe('secret-ish names', () => {
    it.each([
      ['NEXT_PUBLIC_CTP_CLIENT_SECRET', 'SECRET'],
      ['NEXT_PUBLIC_API_TOKEN', 'TOKEN'],
      ['NEXT_PUBLIC_ADMIN_PASSWORD', 'PASSWORD'],
      ['NEXT_PUBLIC_PRIVATE_THING', 'PRIVATE'],
      ['NEXT_PUBLIC_API_KEY', 'KEY'],
      ['NEXT_PUBLIC_ALGOLIA_APIKEY', 'KEY'],
      ['NEXT_PUBLIC_GCP_CREDENTIALS', 'CREDENTIAL'],
      ['NEXT_PUBLIC_AUTH_HEADER', 'AUTH'],
      ['NEXT_PUBLIC_OAUTH_CLIENT', 'AUTH'],
      ['NEXT_PUBLIC_DB_PASS', 'PASS'],
    ])('refuses %s even with a harmless value', (name, word) => {
      expectFail({ [name]: 'hello' }, 'public-env', name, `its name contains ${word}`);
    });
    it('accepts ordinary names, including AUTHOR (a person, not a credential)', () => {
      expectPass({ NEXT_PUBLIC_SHOW_BANNER: 'true', NEXT_PUBLIC_VERCEL_GIT_COMMIT_AUTHOR_LOGIN: 'octocat' }, 'public-env');
    });
  });

  describe('values equal to (or containing) a server secret', () => {
    it.each([
      ['CTP_CLIENT_SECRET', {}, TEST_CTP_CLIENT_SECRET],
      ['SESSION_SECRET', {}, TEST_SESSION_SECRET],
      ['SESSION_SECRET_PREVIOUS', { SESSION_SECRET_PREVIOUS: 'previous-Session-Secret-for-rotation-42x' }, 'previous-Session-Secret-for-rotation-42x'],
      ['the REDIS_URL password', { REDIS_URL: 'redis://default:s3cr3t-Redis-pw@127.0.0.1:6379' }, 's3cr3t-Redis-pw'],
    ])('refuses a value equal to %s', (secretName, extra, value) => {
      const result = expectFail({ ...extra, NEXT_PUBLIC_ANYTHING: value }, 'public-env', 'NEXT_PUBLIC_ANYTHING', `its value equals ${secretName}`);
      expect(result.message).not.toContain(value);
    });
    it('refuses a value containing the client secret', () => {
      expectFail({ NEXT_PUBLIC_CONFIG: `{"s":"${TEST_CTP_CLIENT_SECRET}"}` }, 'public-env', 'its value contains CTP_CLIENT_SECRET');
    });
  });

  describe('known key shapes', () => {
    it.each([
      ['Stripe secret', fake.stripeSecret, 'Stripe secret or restricted key'],
      ['Stripe restricted', fake.stripeRestricted, 'Stripe secret or restricted key'],
      ['AWS', fake.awsKeyId, 'AWS access key id'],
      ['GitHub', fake.githubToken, 'GitHub token'],
      ['JWT', fake.jwt, 'JSON Web Token'],
      ['PEM', fake.pemKey, 'PEM private key'],
      ['Slack', fake.slackToken, 'Slack token'],
      ['commercetools', fake.ctSecret, 'commercetools client secret'],
    ])('refuses a %s key under an innocent name', (_label, value, fragment) => {
      const result = expectFail({ NEXT_PUBLIC_BANNER_TEXT: value }, 'public-env', 'NEXT_PUBLIC_BANNER_TEXT', fragment);
      expect(result.message).not.toContain(value);
    });
    it('does not take hex ids for commercetools secrets', () => {
      expectPass({ NEXT_PUBLIC_BUILD_HASH: 'd41d8cd98f00b204e9800998ecf8427e' }, 'public-env');
    });
  });

  describe('high entropy', () => {
    it('refuses a random-looking value', () => {
      expectFail({ NEXT_PUBLIC_WIDGET_ID: fake.highEntropy }, 'public-env', 'high entropy');
    });
    it('refuses a random-looking token embedded in a URL', () => {
      expectFail({ NEXT_PUBLIC_FEED_URL: `https://feeds.example.com/v1?sig=${fake.highEntropy}` }, 'public-env', 'high entropy');
    });
    it('accepts ordinary text and URLs', () => {
      expectPass(
        {
          NEXT_PUBLIC_BANNER_TEXT: 'Spring sale: free shipping on orders over fifty',
          NEXT_PUBLIC_CDN_URL: 'https://images.example.com/storefront/products',
        },
        'public-env',
      );
    });
  });

  describe('allowlist', () => {
    it('documents a reason and a value shape for every entry', () => {
      for (const [name, allowance] of Object.entries(PUBLIC_ENV_ALLOWLIST)) {
        expect(name.startsWith('NEXT_PUBLIC_')).toBe(true);
        expect(allowance.reason.length).toBeGreaterThan(20);
        expect(allowance.value).toBeInstanceOf(RegExp);
      }
    });
    it('lets public-by-nature values through that would otherwise be refused', () => {
      const publishable = ['pk', 'test', 'Zx9Qw2Er7Ty4Ui1Op6As3D'].join('_');
      const sha = 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3';
      // The same values under names that are not allowlisted are refused (name KEY, entropy)...
      expectFail({ NEXT_PUBLIC_PAYMENTS_KEY: publishable }, 'public-env', 'KEY');
      expectFail({ NEXT_PUBLIC_OTHER_ID: 'Zx9Qw2Er7Ty4Ui1Op6As3D' }, 'public-env', 'high entropy');
      // ...and accepted under their allowlisted names.
      expectPass(
        {
          NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: publishable,
          NEXT_PUBLIC_VERCEL_GIT_COMMIT_SHA: sha,
          NEXT_PUBLIC_SITE_URL: 'https://shop.example.com',
          NEXT_PUBLIC_VERCEL_URL: 'storefront-git-main-acme.vercel.app',
          NEXT_PUBLIC_VERCEL_ENV: 'preview',
        },
        'public-env',
      );
    });
    it('is not a blank cheque: wrong shapes, key shapes and server secrets still fail', () => {
      expectFail({ NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: fake.stripeSecret }, 'public-env', 'Stripe secret or restricted key', 'expected public shape');
      expectFail({ NEXT_PUBLIC_VERCEL_ENV: 'Zx9Qw2Er7Ty4Ui1Op6As3D' }, 'public-env', 'expected public shape');
      expectFail({ NEXT_PUBLIC_SITE_URL: TEST_CTP_CLIENT_SECRET }, 'public-env', 'its value equals CTP_CLIENT_SECRET');
    });
  });

  it('ignores server-only variables that are not NEXT_PUBLIC_', () => {
    expectPass({ STRIPE_SECRET_KEY: fake.stripeSecret, next_public_lowercase: fake.ctSecret }, 'public-env');
  });
});

describe('session-secret rule', () => {
  it.each([
    ['missing', { SESSION_SECRET: undefined }, 'SESSION_SECRET is missing'],
    ['empty', { SESSION_SECRET: '' }, 'SESSION_SECRET is missing'],
    ['31 characters', { SESSION_SECRET: TEST_SESSION_SECRET.slice(0, 31) }, 'SESSION_SECRET is 31 characters; it must be at least 32'],
    ['the .env.example placeholder', { SESSION_SECRET: SESSION_SECRET_PLACEHOLDER }, 'SESSION_SECRET is still the .env.example placeholder'],
    ['one repeated character', { SESSION_SECRET: 'a'.repeat(48) }, 'fewer than 10 distinct characters'],
    ['a short SESSION_SECRET_PREVIOUS', { SESSION_SECRET_PREVIOUS: 'short-old-secret' }, 'SESSION_SECRET_PREVIOUS is 16 characters'],
    ['a placeholder SESSION_SECRET_PREVIOUS', { SESSION_SECRET_PREVIOUS: SESSION_SECRET_PLACEHOLDER }, 'SESSION_SECRET_PREVIOUS is still the .env.example placeholder'],
  ])('refuses %s', (_label, overrides, fragment) => {
    const result = expectFail(overrides, 'session-secret', fragment, 'openssl rand -base64 48');
    expect(result.message).not.toContain(TEST_SESSION_SECRET.slice(0, 31));
  });
  it('accepts 32 characters, and a strong SESSION_SECRET_PREVIOUS', () => {
    expectPass({ SESSION_SECRET: TEST_SESSION_SECRET.slice(0, 32) }, 'session-secret');
    expectPass({ SESSION_SECRET_PREVIOUS: 'previous-Session-Secret-for-rotation-42x' }, 'session-secret');
  });
});

describe('test-payments rule', () => {
  it('refuses test payments against a non-loopback API', () => {
    expectFail(
      { PAYMENT_PROVIDER: 'test', CTP_API_URL: 'https://api.europe-west1.gcp.commercetools.com' },
      'test-payments',
      'PAYMENT_PROVIDER=test',
      'free orders',
    );
  });
  it('fails closed on an unparseable API URL', () => {
    expectFail({ PAYMENT_PROVIDER: 'test', CTP_API_URL: 'nonsense' }, 'test-payments');
  });
  it('refuses a loopback API with a real auth server (a tunnel to a real project)', () => {
    expectFail(
      { PAYMENT_PROVIDER: 'test', CTP_API_URL: 'http://127.0.0.1:8989', CTP_AUTH_URL: 'https://auth.europe-west1.gcp.commercetools.com' },
      'test-payments',
      'CTP_AUTH_URL',
    );
  });
  it.each(['http://127.0.0.1:8989', 'http://localhost:8989', 'http://[::1]:8989'])('accepts test payments against %s', (url) => {
    expectPass({ PAYMENT_PROVIDER: 'test', CTP_API_URL: url, CTP_AUTH_URL: url }, 'test-payments');
  });
  it('accepts a real API without test payments', () => {
    expectPass({ PAYMENT_PROVIDER: 'none', CTP_API_URL: 'https://api.europe-west1.gcp.commercetools.com' }, 'test-payments');
  });
});

describe('checkout rule (PAYMENT_PROVIDER=commercetools-checkout)', () => {
  const REAL = { CTP_API_URL: 'https://api.europe-west1.gcp.commercetools.com', CTP_AUTH_URL: 'https://auth.europe-west1.gcp.commercetools.com' };
  it('refuses the provider without the Checkout application key', () => {
    expectFail({ ...REAL, PAYMENT_PROVIDER: 'commercetools-checkout' }, 'checkout', 'CTP_CHECKOUT_APPLICATION_KEY is not set');
  });
  it('refuses an API URL the Checkout region cannot be derived from', () => {
    expectFail({ PAYMENT_PROVIDER: 'commercetools-checkout', CTP_CHECKOUT_APPLICATION_KEY: 'web', CTP_API_URL: 'https://api.example.com' }, 'checkout', 'region cannot be derived');
  });
  it('accepts a commercetools region with a key, and the local simulation', () => {
    expectPass({ ...REAL, PAYMENT_PROVIDER: 'commercetools-checkout', CTP_CHECKOUT_APPLICATION_KEY: 'web' }, 'checkout');
    expectPass({ PAYMENT_PROVIDER: 'commercetools-checkout', CTP_CHECKOUT_APPLICATION_KEY: 'local-checkout' }, 'checkout');
  });
  it('is not needed by the other providers', () => {
    expectPass({ PAYMENT_PROVIDER: 'none' }, 'checkout');
  });
});

describe('runBootChecks', () => {
  it('does not ask the auth server when a static rule failed', async () => {
    // Port 9 (discard) is not listening: a request would fail, so `skip` proves none was made.
    const results = await runBootChecks(env({ SESSION_SECRET: 'short', CTP_AUTH_URL: 'http://127.0.0.1:9' }));
    expect(rule(results, 'session-secret').status).toBe('fail');
    expect(rule(results, 'granted-scopes').status).toBe('skip');
  });
});

describe('assertSafeConfiguration', () => {
  it('throws one error naming every failed rule', () => {
    const results = runStaticChecks(
      env({ SESSION_SECRET: 'short', NEXT_PUBLIC_TOKEN: 'x', PAYMENT_PROVIDER: 'test', CTP_API_URL: 'https://api.example.com' }),
    );
    let thrown: unknown;
    try {
      assertSafeConfiguration(results);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UnsafeConfigurationError);
    const message = (thrown as Error).message;
    for (const name of ['session-secret', 'public-env', 'test-payments']) expect(message).toContain(`FAIL [${name}]`);
    expect(message).not.toContain('[env]');
    expect((thrown as UnsafeConfigurationError).failed.map((r) => r.rule)).toEqual(['public-env', 'session-secret', 'test-payments']);
  });
});
