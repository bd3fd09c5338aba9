// Token lifetime with a controlled clock (the HTTP test covers the real clock).
import { describe, expect, it } from 'vitest';
import { TokenStore } from '@/scripts/local-backend/compat/token-store';

describe('TokenStore', () => {
  it('accepts a token until exactly its lifetime has passed', () => {
    let now = 1_000_000;
    const store = new TokenStore(60, () => now);
    const token = store.issue('client', [{ name: 'view_categories', projectKey: 'p' }]);
    expect(token.expiresAt).toBe(1_000_000 + 60_000);
    now += 59_999;
    expect(store.lookup(token.value)?.clientId).toBe('client');
    now += 1;
    expect(store.lookup(token.value)).toBeUndefined();
  });

  it('knows only tokens it issued', () => {
    const store = new TokenStore(60);
    expect(store.lookup('made-up')).toBeUndefined();
  });
});
