import { describe, expect, it } from 'vitest';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  commonPasswords,
  isCommonPassword,
  passwordLength,
  passwordProblem,
} from '@/lib/security/passwords';

describe('password rules', () => {
  it('counts Unicode code points, not UTF-16 units', () => {
    expect(passwordLength('😀😀😀😀')).toBe(4);
    expect(passwordLength('Grüße!')).toBe(6);
  });

  it('wants at least 8 and at most 256 characters, nothing else about composition', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(8);
    expect(PASSWORD_MAX_LENGTH).toBe(256);
    expect(passwordProblem('Zq8#vLp', 'a@example.com')).toBe('too_short');
    expect(passwordProblem('zqvlpmnt', 'a@example.com')).toBeNull();
    expect(passwordProblem('all lower case words here', 'a@example.com')).toBeNull();
    expect(passwordProblem('p'.repeat(256).replace(/^p{4}/, 'uniq'), 'a@example.com')).toBeNull();
    expect(passwordProblem('x'.repeat(257), 'a@example.com')).toBe('too_long');
  });

  it('blocks the common passwords case-insensitively', () => {
    for (const password of ['password', 'PASSWORD1', 'Password123', 'qwertyuiop', '12345678', '1q2w3e4r', 'iloveyou', 'Welcome1!', 'Sunshine2025', 'p@ssw0rd', 'monkeymonkey', 'passwort123']) {
      expect(isCommonPassword(password), password).toBe(true);
      expect(passwordProblem(password, 'someone@example.com'), password).toBe('too_common');
    }
    for (const password of ['correct horse battery staple', 'Zq8#vLp2', 'DemoPassword123!x']) {
      expect(isCommonPassword(password), password).toBe(false);
    }
  });

  it('holds about a thousand or more entries, all lower case and long enough to matter', () => {
    const list = [...commonPasswords()];
    expect(list.length).toBeGreaterThanOrEqual(1000);
    expect(list.length).toBeLessThan(5000);
    for (const entry of list) {
      expect(entry).toBe(entry.toLowerCase());
      expect(passwordLength(entry)).toBeGreaterThanOrEqual(PASSWORD_MIN_LENGTH);
    }
  });

  it('refuses the email (or its local part) as the password, in any case', () => {
    expect(passwordProblem('Jamie.Doe@Example.com', 'jamie.doe@example.com')).toBe('matches_email');
    expect(passwordProblem('JAMIE.DOE99', 'jamie.doe99@example.com')).toBe('matches_email');
    expect(passwordProblem('jamie.doe99 is my name', 'jamie.doe99@example.com')).toBeNull();
  });
});
