import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activityArb, hoursArb, monthArb } from '../../tests/arbitraries/planning';
import { activityHours } from '../domain/programme';
import { monthsBetween } from '../time/months';
import { activityMonthHours, spreadEvenly } from './allocation';
import type { MonthKey } from '../domain/units';

describe('allocation conserves hours', () => {
  it('spreading evenly adds up to the whole, to the hundredth', () => {
    fc.assert(
      fc.property(hoursArb, monthArb, monthArb, (h, a, b) => {
        const months = monthsBetween(a as MonthKey, b as MonthKey);
        const parts = spreadEvenly(h, months);
        if (months.length === 0) {
          expect(parts).toEqual([]);
          return;
        }
        const sum = parts.reduce((s, [, x]) => s + Math.round(x * 100), 0);
        expect(sum).toBe(Math.round(h * 100));
        // Even: no two months differ by more than one hundredth.
        const values = parts.map(([, x]) => Math.round(x * 100));
        expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('an activity’s hours per team and month add up to its planned hours', () => {
    fc.assert(
      fc.property(activityArb('a1'), (activity) => {
        let hundredths = 0;
        for (const row of activityMonthHours(activity).values())
          for (const h of row.values()) hundredths += Math.round(h * 100);
        expect(hundredths).toBe(Math.round(activityHours(activity) * 100));
      }),
    );
  });
});
