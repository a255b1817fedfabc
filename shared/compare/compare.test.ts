import { describe, expect, it } from 'vitest';
import { createDemoData } from '../demo/inspectie-jenv';
import { snapshotOf, type ProgrammeSnapshot } from '../domain/snapshot';
import type { Activity } from '../domain/schemas';
import { hours } from '../domain/units';
import { plan } from '../planning/plan';
import { compareNames, describeActivityChange } from '../format/compare';
import { compareSnapshots, isEmptyComparison } from './compare';

const demo = snapshotOf(createDemoData())!;
const byId = (s: ProgrammeSnapshot, id: string): Activity => s.activities.find((a) => a.id === id)!;
const ALGO = 'act-2026-algoritmen';
const withActivities = (
  s: ProgrammeSnapshot,
  f: (list: readonly Activity[]) => Activity[],
): ProgrammeSnapshot => ({ ...s, activities: f(s.activities) });

describe('compareSnapshots', () => {
  it('finds nothing between a snapshot and itself', () => {
    const c = compareSnapshots(demo, demo);
    expect(isEmptyComparison(c)).toBe(true);
    expect(c.hoursByTeam.every((t) => t.delta === 0)).toBe(true);
    expect(c.hoursByTheme.every((t) => t.delta === 0)).toBe(true);
    expect(c.line.before.above).toBe(c.line.after.above);
    expect(c.budget.before).toEqual(c.budget.after);
    expect(c.wentBelow).toEqual([]);
  });

  it('names an activity added, one removed and one changed field by field', () => {
    const algo = byId(demo, ALGO);
    const removed = demo.activities.find((a) => a.id !== ALGO)!;
    const fresh = { ...algo, id: 'act-nieuw', title: 'Nieuwe verkenning' } as Activity;
    const after = withActivities(demo, (list) => [
      ...list
        .filter((a) => a.id !== removed.id)
        .map((a) =>
          a.id === ALGO
            ? {
                ...a,
                status: 'uitgesteld' as const,
                allocations: a.allocations.map((x) =>
                  x.teamId === 'team-politie' ? { ...x, hours: hours(600) } : x,
                ),
              }
            : a,
        ),
      fresh,
    ]);
    const c = compareSnapshots(demo, after);
    expect(c.added.map((a) => a.id)).toEqual(['act-nieuw']);
    expect(c.removed.map((a) => a.id)).toEqual([removed.id]);
    expect(c.changed.map((x) => x.after.id)).toEqual([ALGO]);
    const lines = describeActivityChange(
      c.changed[0]!.before,
      c.changed[0]!.after,
      c.changed[0]!.fields,
      compareNames(demo, after),
    );
    expect(lines).toEqual([
      'Uren Team Politie en Nationale veiligheid: 800 → 600',
      'Status: In uitvoering → Uitgesteld',
    ]);
  });

  it('shifts hours per team and per primary theme by what changed, and only what takes capacity', () => {
    const algo = byId(demo, ALGO);
    // Postponed: its hours no longer count, so all of them shift away.
    const after = withActivities(demo, (list) =>
      list.map((a) => (a.id === ALGO ? { ...a, status: 'uitgesteld' as const } : a)),
    );
    const c = compareSnapshots(demo, after);
    for (const x of algo.allocations)
      expect(c.hoursByTeam.find((t) => t.teamId === x.teamId)?.delta).toBe(0 - x.hours);
    const total = algo.allocations.reduce((s, x) => s + x.hours, 0);
    expect(c.hoursByTheme.find((t) => t.themeId === algo.primaryThemeId)?.delta).toBe(-total);
    expect(c.hours.before - c.hours.after).toBe(total);
    // Teams in the programme's team order.
    const order = demo.teams.map((t) => t.id as string);
    const ids = c.hoursByTeam.map((t) => t.teamId);
    expect(ids).toEqual(order.filter((id) => ids.includes(id)));
  });

  it('gives the line and the budget result of each side as plan() computes them', () => {
    const after = withActivities(demo, (list) => list.filter((a) => a.id !== ALGO));
    const c = compareSnapshots(demo, after);
    for (const [side, s] of [
      [c.line.before, demo],
      [c.line.after, after],
    ] as const) {
      const p = plan(s).planning;
      expect(side.above).toBe(p.line.entries.filter((e) => e.above).length);
      expect(side.firstMiss).toBe(p.line.firstMiss);
      expect(side.overloaded).toBe(p.load.filter((x) => x.over > 0).length);
    }
    expect(c.budget.before?.result).toBe(plan(demo).budget?.result.result);
    expect(c.budget.after?.result).toBe(plan(after).budget?.result.result);
    // Removing a planned activity with external costs never makes the result worse.
    expect(c.budget.after!.result).toBeGreaterThanOrEqual(c.budget.before!.result);
  });

  it('lists the activities on both sides that stopped being planned', () => {
    const planned = plan(demo).planning.planned;
    const id = [...planned][0]!;
    const after = withActivities(demo, (list) =>
      list.map((a) => (a.id === id ? { ...a, status: 'vervallen' as const } : a)),
    );
    const c = compareSnapshots(demo, after);
    expect(c.wentBelow.map((a) => a.id)).toContain(id);
    expect(c.cameAbove.map((a) => a.id)).not.toContain(id);
  });

  it('has no budget on a side without a cost model', () => {
    const none = {
      ...demo,
      programme: { ...demo.programme, budget: { ...demo.programme.budget, costModel: null } },
    };
    const c = compareSnapshots(none, demo);
    expect(c.budget.before).toBeNull();
    expect(c.budget.after).not.toBeNull();
  });
});
