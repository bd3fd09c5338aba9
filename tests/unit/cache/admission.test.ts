// The cache admission budget (lib/cache/admission.ts): at most N distinct uncommon reads cached per
// hour; admitted keys stay admitted; a new hour starts a new budget.
import { describe, expect, it } from 'vitest';
import { CACHE_ADMISSIONS_PER_HOUR, CacheAdmission } from '@/lib/cache/admission';

describe('CacheAdmission', () => {
  it('admits up to the budget of distinct keys, then only keys it admitted already', () => {
    let now = 0;
    const admission = new CacheAdmission(3, 1000, () => now);
    expect(['a', 'b', 'c'].map((k) => admission.admit(k))).toEqual([true, true, true]);
    expect(admission.admit('d')).toBe(false);
    expect(admission.admit('a')).toBe(true);
    now = 1000;
    expect(admission.admit('d')).toBe(true);
  });

  it('has a real default budget', () => {
    const admission = new CacheAdmission();
    let admitted = 0;
    for (let i = 0; i < CACHE_ADMISSIONS_PER_HOUR + 50; i++) if (admission.admit(`search-${i}`)) admitted++;
    expect(admitted).toBe(CACHE_ADMISSIONS_PER_HOUR);
  });
});
