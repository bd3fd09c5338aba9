// Detects NEXT_PUBLIC_* variables that carry (or are named like) a secret. Next inlines every
// NEXT_PUBLIC_ value into the client bundle at build time, so one mistake here publishes a credential
// to every visitor. Findings never contain the value itself: they are printed to logs.
import type { EnvSource } from '../env';

const PUBLIC_ENV_PREFIX = 'NEXT_PUBLIC_';

export type PublicEnvAllowance = {
  /** Why the value is public by nature (shown in docs/boot-refusal.md). */
  reason: string;
  /** The value must look like this, so the name cannot smuggle an arbitrary secret through. */
  value: RegExp;
};

const hostname = /^[a-z0-9.-]+(:\d+)?$/i;

/**
 * Names whose values are public by nature. An allowlisted name skips the name, entropy and
 * commercetools-shape checks, but its value must match `value`, must not equal a server secret and
 * must not contain a known secret-key shape: the allowlist is not a blank cheque.
 */
export const PUBLIC_ENV_ALLOWLIST: Readonly<Record<string, PublicEnvAllowance>> = {
  NEXT_PUBLIC_SITE_URL: {
    reason: 'The storefront\'s own public origin; every visitor already sees it in the address bar.',
    value: /^https?:\/\/[^\s/@]+\/?$/,
  },
  NEXT_PUBLIC_VERCEL_ENV: {
    reason: 'Vercel system variable: the deployment kind (production, preview or development).',
    value: /^(production|preview|development)$/,
  },
  NEXT_PUBLIC_VERCEL_URL: {
    reason: 'Vercel system variable: the deployment\'s public hostname.',
    value: hostname,
  },
  NEXT_PUBLIC_VERCEL_BRANCH_URL: {
    reason: 'Vercel system variable: the branch deployment\'s public hostname.',
    value: hostname,
  },
  NEXT_PUBLIC_VERCEL_PROJECT_PRODUCTION_URL: {
    reason: 'Vercel system variable: the production domain, public by definition.',
    value: hostname,
  },
  NEXT_PUBLIC_VERCEL_GIT_COMMIT_SHA: {
    reason: 'Vercel system variable: the deployed commit id (hex, looks random but is not a secret).',
    value: /^[0-9a-f]{7,64}$/,
  },
  NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: {
    reason: 'Stripe publishable keys (pk_live_/pk_test_) are designed to be embedded in browsers; the secret sk_ key never is.',
    value: /^pk_(live|test)_[A-Za-z0-9]+$/,
  },
};

export type SecretValue = { name: string; value: string };

/** Words in a variable name that say "this holds a secret". Matched per `_`-separated word. */
const SECRET_WORD_PARTS = ['SECRET', 'TOKEN', 'PASSWORD', 'PASSWD', 'PASSPHRASE', 'PRIVATE', 'CREDENTIAL', 'BEARER', 'SIGNING', 'SALT'];

/** Why a variable's name says it holds a secret (the NEXT_PUBLIC_ prefix aside); also used by check:golive. */
export function secretishNameReason(name: string): string | undefined {
  const bare = name.startsWith(PUBLIC_ENV_PREFIX) ? name.slice(PUBLIC_ENV_PREFIX.length) : name;
  const words = bare.toUpperCase().split('_').filter(Boolean);
  for (const word of words) {
    const part = SECRET_WORD_PARTS.find((p) => word.includes(p));
    if (part) return `its name contains ${part}`;
    // KEY as a word or a suffix (API_KEY, APIKEY, ACCESSKEY); KEYBOARD-like words are not keys.
    if (word === 'KEY' || word === 'KEYS' || word.endsWith('KEY')) return 'its name contains KEY';
    // AUTH, AUTHKEY, AUTHORIZATION, OAUTH...; AUTHOR is a person, not a credential.
    if (/^O?AUTH/.test(word) && word !== 'AUTHOR' && word !== 'AUTHORS') return 'its name contains AUTH';
    if (word === 'PWD' || word === 'PASS') return `its name contains ${word}`;
  }
  return undefined;
}

/** Key formats with a distinctive shape; found anywhere inside a value. */
const KNOWN_KEY_SHAPES: ReadonlyArray<{ label: string; pattern: RegExp }> = [
  { label: 'a Stripe secret or restricted key (sk_/rk_)', pattern: /\b[sr]k_(live|test)_[A-Za-z0-9]{8,}/ },
  { label: 'an AWS access key id (AKIA/ASIA)', pattern: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { label: 'a GitHub token (ghp_/gho_/ghu_/ghs_/ghr_/github_pat_)', pattern: /\b(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{20,})/ },
  { label: 'a JSON Web Token (eyJ...)', pattern: /\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/ },
  { label: 'a PEM private key', pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/ },
  { label: 'a Slack token (xox...)', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
];

/**
 * commercetools client secrets are 32 characters of [A-Za-z0-9_-]. Requiring upper case, lower case
 * and a digit keeps hex ids (commit SHAs, MD5s) and ordinary words from matching. The secret scan's
 * commercetools rule (scripts/secretlint) uses this same test.
 */
export function looksLikeCommercetoolsSecret(value: string): boolean {
  return /^[A-Za-z0-9_-]{32}$/.test(value) && /[A-Z]/.test(value) && /[a-z]/.test(value) && /\d/.test(value);
}

/** Shannon entropy in bits per character. */
function shannonEntropy(text: string): number {
  if (text.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

const HIGH_ENTROPY_MIN_LENGTH = 20;
const HIGH_ENTROPY_BITS_PER_CHAR = 4.0;

/**
 * A run of base64/hex-ish characters at least 20 long with more than 4.0 bits per character.
 * Random base64 reaches ~4.5 at 32 chars; English words, slugs, hex ids (max 4.0) and URLs' plain
 * parts stay below. Checked per token so a secret embedded in a URL is still found.
 */
export function highEntropyToken(value: string): boolean {
  const tokens = value.match(/[A-Za-z0-9+/=_-]+/g) ?? [];
  return tokens.some((t) => t.length >= HIGH_ENTROPY_MIN_LENGTH && shannonEntropy(t) > HIGH_ENTROPY_BITS_PER_CHAR);
}

/** Secrets shorter than this are not searched for inside other values (too many false hits). */
const MIN_CONTAINED_SECRET_LENGTH = 8;

export type PublicEnvFinding = { name: string; reason: string };

/** Every NEXT_PUBLIC_ variable that looks like a secret, with why; empty when all is well. */
export function findPublicEnvSecrets(env: EnvSource, serverSecrets: readonly SecretValue[]): PublicEnvFinding[] {
  const findings: PublicEnvFinding[] = [];
  for (const [name, raw] of Object.entries(env)) {
    // Exactly the prefix Next inlines (case-sensitive, like Next's own match).
    if (!name.startsWith(PUBLIC_ENV_PREFIX)) continue;
    const value = raw ?? '';
    const reasons = publicVariableReasons(name, value, serverSecrets);
    for (const reason of reasons) findings.push({ name, reason });
  }
  return findings;
}

function publicVariableReasons(name: string, value: string, serverSecrets: readonly SecretValue[]): string[] {
  const reasons: string[] = [];
  const allowance = PUBLIC_ENV_ALLOWLIST[name];

  // Always checked, allowlisted or not: these have no false positives worth keeping.
  for (const secret of serverSecrets) {
    if (secret.value === '') continue;
    if (value === secret.value) reasons.push(`its value equals ${secret.name}`);
    else if (secret.value.length >= MIN_CONTAINED_SECRET_LENGTH && value.includes(secret.value)) {
      reasons.push(`its value contains ${secret.name}`);
    }
  }
  for (const shape of KNOWN_KEY_SHAPES) {
    if (shape.pattern.test(value)) reasons.push(`its value looks like ${shape.label}`);
  }

  if (allowance) {
    if (value !== '' && !allowance.value.test(value)) {
      reasons.push(`it is allowlisted as public, but its value does not have the expected public shape (${allowance.value})`);
    }
    return reasons;
  }

  const nameReason = secretishNameReason(name);
  if (nameReason) reasons.push(nameReason);
  if (looksLikeCommercetoolsSecret(value)) reasons.push('its value has the shape of a commercetools client secret (32 mixed characters)');
  else if (highEntropyToken(value)) {
    reasons.push(`its value has high entropy (a run of ${HIGH_ENTROPY_MIN_LENGTH}+ characters above ${HIGH_ENTROPY_BITS_PER_CHAR} bits/char), like a random key`);
  }
  return reasons;
}
