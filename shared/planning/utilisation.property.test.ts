import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activityArb, TEAMS } from '../../tests/arbitraries/planning';
import type { TeamCapacity } from '../domain/schemas';
import { capacityBridge } from './capacity-bridge';
import { utilisation } from './utilisation';
import { activityMonthHours } from './allocation';

describe('utilisation', () => {
  it('never exceeds capacity silently: each cell is within capacity or reported as over-allocated', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 3, maxLength: 3 }),
        fc
          .array(fc.integer(), { maxLength: 8 })
          .chain((ids) => fc.tuple(...ids.map((_, i) => activityArb(`a${i}`)))),
        (ftes, activities) => {
          const teams = TEAMS.slice(0, 2).map(
            (teamId, i) =>
              ({
                teamId,
                formationFte: ftes[i]! / 100,
                staffedFte: ftes[i]! / 100,
              }) as TeamCapacity,
          );
          const bridge = capacityBridge({
            year: 2026,
            productiveHoursPerFte: 1363,
            teams,
            deductions: [],
            staffingChanges: [],
            activities,
          });
          const u = utilisation(bridge, activities, () => true);
          for (const c of u.cells) {
            const reported = u.overAllocated.some(
              (o) => o.teamId === c.teamId && o.month === c.month,
            );
            expect(c.allocated <= c.capacity + 1e-6 || reported).toBe(true);
            if (reported) expect(c.over).toBeCloseTo(c.allocated - c.capacity, 6);
          }
          // Every allocated hour of the year is in some cell, even for a team without capacity.
          let inYear = 0;
          for (const a of activities)
            for (const row of activityMonthHours(a).values())
              for (const [m, h] of row) if (m.startsWith('2026-')) inYear += h;
          expect(u.cells.reduce((s, c) => s + c.allocated, 0)).toBeCloseTo(inYear, 6);
        },
      ),
    );
  });
});
