// One instance per process whatever module graph asks (Next bundles each route separately), and a
// reset for tests.
import { describe, expect, it, vi } from 'vitest';
import { existingProcessSingleton, processSingleton, resetProcessSingletons } from '@/lib/process-singleton';

describe('processSingleton', () => {
  it('creates once and answers the same instance, also to a fresh copy of the module', async () => {
    resetProcessSingletons('cart.snapshots');
    const create = vi.fn(() => ({ made: Math.random() }));
    const first = processSingleton('cart.snapshots', create);
    expect(processSingleton('cart.snapshots', create)).toBe(first);
    vi.resetModules();
    const again = await import('@/lib/process-singleton');
    expect(again.processSingleton('cart.snapshots', create)).toBe(first);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('resets one name without touching the others, or all of them', () => {
    const a = processSingleton('security.rateLimits', () => ({ name: 'a' }));
    const b = processSingleton('session.revocations', () => ({ name: 'b' }));
    resetProcessSingletons('security.rateLimits');
    expect(existingProcessSingleton('security.rateLimits')).toBeUndefined();
    expect(existingProcessSingleton('session.revocations')).toBe(b);
    expect(processSingleton('security.rateLimits', () => ({ name: 'a2' }))).not.toBe(a);
    resetProcessSingletons();
    expect(existingProcessSingleton('session.revocations')).toBeUndefined();
  });
});
