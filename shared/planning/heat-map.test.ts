import { describe, expect, it } from 'vitest';
import { createDemoData } from '../demo/inspectie-jenv';
import { monthsOfYear } from '../time/months';
import type { MonthKey } from '../domain/units';
import { cellShares, monthLoads, monthsOfPeriod, teamsWithoutCapacity } from './heat-map';
import { planLine } from './plan-line';

const demo = createDemoData();
const programme = demo.programmes.find((p) => p.year === 2026)!;
const activities = demo.activities.filter((a) => a.programmeId === programme.id);
const months = monthsOfYear(programme.year);

describe('the heat map per period of the line', () => {
  for (const basis of ['quarter', 'year', 'month'] as const)
    it(`on the ${basis} basis: each cell's activities add up to its hours, and its months to the cell`, () => {
      const plan = planLine({ ...programme, line: { basis, strict: false } }, activities);
      const perMonth = monthLoads(plan.utilisation);
      let filled = 0;
      for (const cell of plan.load) {
        const inCell = monthsOfPeriod(months, basis, cell.period);
        expect(inCell.length).toBeGreaterThan(0);
        const shares = cellShares(activities, plan.planned, cell.teamId, inCell);
        for (const s of shares) expect(plan.planned.has(s.activityId)).toBe(true);
        expect(shares.reduce((sum, s) => sum + s.hours, 0)).toBeCloseTo(cell.allocated, 6);
        filled += shares.length;
        // The months shown beneath a cell add up to it.
        const mine = perMonth.filter(
          (m) => m.teamId === cell.teamId && inCell.includes(m.period as MonthKey),
        );
        expect(mine.reduce((s, m) => s + m.allocated, 0)).toBeCloseTo(cell.allocated, 6);
        expect(mine.reduce((s, m) => s + m.capacity, 0)).toBeCloseTo(cell.capacity, 6);
      }
      expect(filled).toBeGreaterThan(0);
    });

  it('lists the most hours first and leaves out work below the line', () => {
    const plan = planLine(programme, activities);
    const below = plan.line.entries.find((e) => !e.above)!;
    const belowActivity = activities.find((a) => a.id === below.id)!;
    const teamId = belowActivity.allocations[0]!.teamId;
    const shares = cellShares(activities, plan.planned, teamId, months);
    expect(shares.map((s) => s.activityId)).not.toContain(below.id);
    for (let i = 1; i < shares.length; i++)
      expect(shares[i - 1]!.hours).toBeGreaterThanOrEqual(shares[i]!.hours);
  });

  it('names the demo team without capacity for planned supervision', () => {
    const plan = planLine(programme, activities);
    const none = [...teamsWithoutCapacity(plan.load)].map(
      (id) => demo.teams.find((t) => t.id === id)?.name,
    );
    expect(none).toEqual(['Staf en Bedrijfsvoering']);
  });
});
