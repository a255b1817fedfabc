import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activityArb, hoursArb, monthArb } from '../../tests/arbitraries/planning';
import { activityHours } from '../domain/programme';
import { monthsBetween } from '../time/months';
import {
  activityMonthHours,
  hasMonthProfile,
  scaleProfile,
  setMonthHours,
  setTeamHours,
  spreadEvenly,
} from './allocation';
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
        const mine = after.filter((x) => x.teamId === teamId);
        if (h > 0 && hasMonthProfile(activity, teamId)) {
          // A month profile keeps its months and its total is the new one, to the hundredth.
          const profile = activityMonthHours(activity).get(teamId)!;
          for (const x of mine) expect(profile.get(x.month!) ?? 0).toBeGreaterThan(0);
          expect(mine.reduce((s, x) => s + Math.round(x.hours * 100), 0)).toBe(Math.round(h * 100));
        } else expect(mine).toEqual(h > 0 ? [{ teamId, month: null, hours: h }] : []);
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

describe('scaling a month profile to a new total', () => {
  /** A hand-made profile: up to twelve months of 2026 with hours in hundredths. */
  const profileArb = fc
    .uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 })
    .chain((ms) =>
      fc.tuple(
        fc.constant(ms),
        fc.array(fc.integer({ min: 0, max: 500_000 }), {
          minLength: ms.length,
          maxLength: ms.length,
        }),
      ),
    )
    .map(
      ([ms, hs]) =>
        new Map(
          ms.map((m, i): [MonthKey, number] => [
            `2026-${String(m).padStart(2, '0')}` as MonthKey,
            (hs[i] ?? 0) / 100,
          ]),
        ),
    );

  it('conserves the new total exactly and keeps each month within a hundredth of its share', () => {
    fc.assert(
      fc.property(profileArb, fc.integer({ min: 1, max: 10_000_000 }), (profile, cents) => {
        const before = [...profile.values()].reduce((s, h) => s + Math.round(h * 100), 0);
        const scaled = scaleProfile(profile, cents / 100);
        if (before === 0) {
          expect(scaled).toEqual([]);
          return;
        }
        // Hours conserved exactly, counted in hundredths.
        expect(scaled.reduce((s, [, h]) => s + Math.round(h * 100), 0)).toBe(cents);
        // Every part is a whole number of hundredths.
        for (const [, h] of scaled)
          expect(Math.abs(h * 100 - Math.round(h * 100))).toBeLessThan(1e-6);
        // The shape is kept: each month within one hundredth of its exact share.
        const got = new Map(scaled);
        for (const [m, h] of profile) {
          const share = (Math.round(h * 100) * cents) / before;
          expect(Math.abs(Math.round((got.get(m) ?? 0) * 100) - share)).toBeLessThan(1);
        }
        // No month outside the profile gets hours.
        for (const [m] of scaled) expect(profile.get(m) ?? 0).toBeGreaterThan(0);
      }),
    );
  });

  it('setting a team’s total keeps its hand-made profile’s shape (doubling doubles each month)', () => {
    fc.assert(
      fc.property(activityArb('a1'), (activity) => {
        const teamId = activity.allocations.find((a) => a.month !== null && a.hours > 0)?.teamId;
        fc.pre(teamId !== undefined);
        const row = activityMonthHours(activity).get(teamId)!;
        const total = [...row.values()].reduce((s, h) => s + Math.round(h * 100), 0);
        const after = activityMonthHours({
          ...activity,
          allocations: setTeamHours(activity, teamId, (2 * total) / 100),
        }).get(teamId)!;
        for (const [m, h] of row)
          expect(Math.round((after.get(m) ?? 0) * 100)).toBe(2 * Math.round(h * 100));
      }),
    );
  });
});
