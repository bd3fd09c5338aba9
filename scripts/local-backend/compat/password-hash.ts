// Customer passwords are kept only as salted scrypt hashes (the mock would store them base64
// encoded, which is reversible). Verification is constant time.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;

const KEY_LENGTH = 32;
const PREFIX = 'scrypt';

/** `scrypt$<salt base64url>$<key base64url>` */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, KEY_LENGTH);
  return `${PREFIX}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export function isPasswordHash(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(`${PREFIX}$`) && value.split('$').length === 3;
}

// Verifying against this when there is no stored hash keeps "no such account" as slow as
// "wrong password", so timing does not reveal which emails have accounts.
const DUMMY_HASH = hashPassword(randomBytes(16).toString('hex'));

/** True when `password` matches `stored`; false for anything that is not one of our hashes. */
export async function verifyPassword(password: string, stored: unknown): Promise<boolean> {
  const hash = isPasswordHash(stored) ? stored : await DUMMY_HASH;
  const [, saltText = '', keyText = ''] = hash.split('$');
  const expected = Buffer.from(keyText, 'base64url');
  const actual = await scryptAsync(password, Buffer.from(saltText, 'base64url'), KEY_LENGTH);
  const match = expected.length === actual.length && timingSafeEqual(expected, actual);
  return match && isPasswordHash(stored);
}

/** How a stored password appears in API responses: masked, never the hash itself. */
export const MASKED_PASSWORD = '****';
