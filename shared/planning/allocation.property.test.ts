import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activityArb, hoursArb, monthArb } from '../../tests/arbitraries/planning';
import { activityHours } from '../domain/programme';
import { monthsBetween } from '../time/months';
import { activityMonthHours, setMonthHours, setTeamHours, spreadEvenly } from './allocation';
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

describe('setting one month', () => {
  it('changes only that team and month, by exactly the difference', () => {
    fc.assert(
      fc.property(
        activityArb('a1'),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 0, max: 100_000 }),
        (activity, m, hundredths) => {
          const team = activity.allocations[0]?.teamId;
          if (team === undefined) return;
          const month = `2026-${String(m + 1).padStart(2, '0')}` as MonthKey;
          const before = activityMonthHours(activity);
          const after = activityMonthHours({
            ...activity,
            allocations: setMonthHours(activity, team, month, hundredths / 100),
          });
          expect(after.get(team)?.get(month) ?? 0).toBeCloseTo(hundredths / 100, 6);
          for (const [t, row] of before)
            for (const [mm, h] of row)
              if (!(t === team && mm === month))
                expect(after.get(t)?.get(mm) ?? 0).toBeCloseTo(h, 6);
        },
      ),
    );
  });
});

describe('setting one team’s hours', () => {
  it('changes that team only and keeps every other allocation where it was', () => {
    fc.assert(
      fc.property(activityArb('a1'), fc.nat(5), hoursArb, (activity, pick, h) => {
        const teamId =
          activity.allocations[pick % Math.max(1, activity.allocations.length)]?.teamId;
        fc.pre(teamId !== undefined);
        const after = setTeamHours(activity, teamId, h);
        const others = (list: typeof after) => list.filter((x) => x.teamId !== teamId);
        expect(others(after)).toEqual(others(activity.allocations));
        expect(after.filter((x) => x.teamId === teamId)).toEqual(
          h > 0 ? [{ teamId, month: null, hours: h }] : [],
        );
        // Setting what is there changes nothing (no reordering, so no undo step).
        const again = setTeamHours({ ...activity, allocations: after }, teamId, h);
        expect(again).toEqual(after);
        // The team keeps its place: an undo step holds that one item, not the whole list.
        if (h > 0) {
          const at = activity.allocations.findIndex((x) => x.teamId === teamId);
          expect(after.findIndex((x) => x.teamId === teamId)).toBe(
            activity.allocations.slice(0, at).filter((x) => x.teamId !== teamId).length,
          );
        }
      }),
    );
  });
});
