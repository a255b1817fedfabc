import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDemoData } from '../demo/inspectie-jenv';
import { hours } from '../domain/units';
import type { Activity } from '../domain/schemas';
import { activityMonthHours } from './allocation';
import { isCommitted } from './counting';
import { periodOf, resourceKey } from './line-basis';
import { planLine } from './plan-line';

const demo = createDemoData();
const programme = demo.programmes.find((p) => p.year === 2026)!;
const activities = demo.activities.filter((a) => a.programmeId === programme.id);

/** The demo with each activity's hours scaled, and some forced in or out, on any basis. */
const variant = fc.record({
  basis: fc.constantFrom('quarter' as const, 'year' as const, 'month' as const),
  strict: fc.boolean(),
  tweaks: fc.array(
    fc.record({
      scale: fc.double({ min: 0, max: 3, noNaN: true }),
      force: fc.constantFrom(null, null, null, 'in' as const, 'out' as const),
    }),
    { minLength: activities.length, maxLength: activities.length },
  ),
});

describe('the line and the heat map share one definition of room', () => {
  it('agree on every team-period: an overload is never made by work the line let in', () => {
    fc.assert(
      fc.property(variant, ({ basis, strict, tweaks }) => {
        const changed: Activity[] = activities.map((a, i) => {
          const t = tweaks[i]!;
          return {
            ...a,
            allocations: a.allocations.map((x) => ({
              ...x,
              hours: hours(Math.round(x.hours * t.scale)),
            })),
            force: t.force && !isCommitted(a) ? { mode: t.force, reason: 'test' } : null,
          };
        });
        const plan = planLine({ ...programme, line: { basis, strict } }, changed);
        // Hours in each team-period from work that takes its place whatever the line says.
        const firm = new Map<string, number>();
        for (const a of changed) {
          if (!plan.planned.has(a.id)) continue;
          if (!isCommitted(a) && a.force?.mode !== 'in') continue;
          for (const [teamId, row] of activityMonthHours(a))
            for (const [m, h] of row) {
              if (!m.startsWith(`${programme.year}-`)) continue;
              const key = resourceKey(teamId, periodOf(m, basis));
              firm.set(key, (firm.get(key) ?? 0) + h);
            }
        }
        for (const cell of plan.load) {
          const key = resourceKey(cell.teamId, cell.period);
          const firmOver = Math.max(0, (firm.get(key) ?? 0) - cell.capacity);
          expect(cell.over).toBeLessThanOrEqual(firmOver + 1e-6);
        }
      }),
      { numRuns: 60 },
    );
  });
});
