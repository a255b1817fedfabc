import { describe, expect, it } from 'vitest';
import { createDemoData } from '../demo/inspectie-jenv';
import { costPerFte } from '../budget/cost-model';
import { fte, monthKey } from '../domain/units';
import { programmeBridge } from './capacity-bridge';
import { planLine } from './plan-line';
import {
  DEFAULT_HIRING_LEAD_MONTHS,
  fundedStaffing,
  fundedStaffingChanges,
  hiringLeadMonths,
} from './funded-staffing';

const demo = createDemoData();
const programme = demo.programmes[0]!;
const model = programme.budget.costModel!;
const pact = demo.activities.find((a) => a.fundingConditional)!;
const team = pact.allocations[0]!.teamId;
const confirm = (over: Partial<typeof pact> = {}) =>
  demo.activities.map((a) => (a.id === pact.id ? { ...a, fundingConfirmed: true, ...over } : a));

describe('conditional funding brings its people', () => {
  it('defaults to money ÷ the team’s cost per fte, from the start plus the hiring lead time', () => {
    const s = fundedStaffing(pact, programme)!;
    expect(s.teamId).toBe(team);
    expect(s.fte).toBe(Math.round((pact.fundingCents / costPerFte(model, team)) * 100) / 100);
    expect(s.fteDerived && s.fromDerived).toBe(true);
    // The migration team's own hire takes 3 months: the pact starts 2026-06, its people 2026-09.
    expect(hiringLeadMonths(programme, team)).toBe(3);
    expect(s.from).toBe('2026-09');
  });

  it('a team without planned hires uses the default lead time', () => {
    expect(hiringLeadMonths(programme, 'team-nobody')).toBe(DEFAULT_HIRING_LEAD_MONTHS);
  });

  it('stated fte and start month win over the derived ones', () => {
    const s = fundedStaffing(
      { ...pact, fundingFte: fte(2.5), fundingStartMonth: monthKey('2026-07') },
      programme,
    )!;
    expect([s.fte, s.from, s.fteDerived, s.fromDerived]).toEqual([2.5, '2026-07', false, false]);
  });

  it('brings no one until the funding is confirmed, nor when the activity is cancelled', () => {
    expect(fundedStaffingChanges(programme, demo.activities)).toEqual([]);
    expect(fundedStaffingChanges(programme, confirm({ status: 'vervallen' }))).toEqual([]);
    expect(fundedStaffingChanges(programme, confirm())).toHaveLength(1);
  });

  it('confirmed, the team’s staffing rises from that month and not before, in the bridge', () => {
    const before = programmeBridge(programme, demo.activities).teams.find(
      (t) => t.teamId === team,
    )!;
    const after = programmeBridge(programme, confirm()).teams.find((t) => t.teamId === team)!;
    const s = fundedStaffing(pact, programme)!;
    after.months.forEach((m, i) => {
      const delta = m.staffedFte - before.months[i]!.staffedFte;
      expect(delta).toBeCloseTo(m.month >= s.from ? s.fte : 0, 9);
    });
    // New posts: formation rises with staffing, so the vacancies step does not shrink.
    expect(after.formationHours - after.productive).toBeCloseTo(
      before.formationHours - before.productive,
      6,
    );
  });

  it('the line gets the capacity too: confirming with people leaves no more team-quarters overloaded than without', () => {
    const noPeople = planLine(programme, confirm({ fundingFte: fte(0) }));
    const people = planLine(programme, confirm());
    const over = (p: typeof people) => p.load.filter((c) => c.over > 0).length;
    expect(over(people)).toBeLessThanOrEqual(over(noPeople));
    const cap = (p: typeof people) => p.bridge.teams.reduce((s, t) => s + t.capacity, 0);
    expect(cap(people)).toBeGreaterThan(cap(noPeople));
  });
});
