// The password hash itself: salted, not reversible to the password, verified in constant time.
import { describe, expect, it } from 'vitest';
import { hashPassword, isPasswordHash, verifyPassword } from '@/scripts/local-backend/compat/password-hash';

describe('password hashes', () => {
  it('never contain the password, in plain text or base64', async () => {
    const password = 'correct horse battery staple';
    const hash = await hashPassword(password);
    expect(isPasswordHash(hash)).toBe(true);
    expect(hash).not.toContain(password);
    expect(hash).not.toContain(Buffer.from(password).toString('base64'));
    expect(hash).not.toContain(Buffer.from(password).toString('base64url'));
  });

  it('are salted: the same password hashes differently each time', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('verify the right password only', async () => {
    const hash = await hashPassword('s3cret!');
    expect(await verifyPassword('s3cret!', hash)).toBe(true);
    expect(await verifyPassword('s3cret', hash)).toBe(false);
    expect(await verifyPassword('S3cret!', hash)).toBe(false);
  });

  it('reject anything stored that is not one of our hashes, including the mock base64 form', async () => {
    expect(await verifyPassword('pw', undefined)).toBe(false);
    expect(await verifyPassword('pw', 'pw')).toBe(false);
    expect(await verifyPassword('pw', Buffer.from('pw').toString('base64'))).toBe(false);
  });
});
