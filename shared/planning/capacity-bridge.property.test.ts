import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activityArb, TEAMS } from '../../tests/arbitraries/planning';
import type { Deduction, StaffingChange } from '../domain/capacity';
import type { TeamCapacity } from '../domain/schemas';
import { capacityBridge, effectiveMonth } from './capacity-bridge';

const teamsArb = fc
  .tuple(
    ...TEAMS.map(() =>
      fc.record({
        formation: fc.integer({ min: 0, max: 5000 }),
        gap: fc.integer({ min: 0, max: 500 }),
      }),
    ),
  )
  .map((rows) =>
    rows.map(
      (r, i): TeamCapacity =>
        ({
          teamId: TEAMS[i],
          formationFte: r.formation / 100,
          staffedFte: Math.max(0, r.formation - r.gap) / 100,
        }) as TeamCapacity,
    ),
  );
const deductionsArb = fc
  .array(
    fc.record({
      kind: fc.constantFrom('indirect', 'opleiding', 'incidentreserve', 'responsief', 'overig'),
      teamId: fc.constantFrom(null, ...TEAMS),
      basis: fc.constantFrom('share', 'hours'),
      value: fc.integer({ min: 0, max: 100 }),
    }),
    { maxLength: 5 },
  )
  .map((ds) =>
    ds.map(
      (d, i): Deduction =>
        ({
          id: `d${i}`,
          label: '',
          source: '',
          ...d,
          value: d.basis === 'share' ? d.value / 400 : d.value * 10,
        }) as Deduction,
    ),
  );
const changesArb = fc
  .array(
    fc.record({
      teamId: fc.constantFrom(...TEAMS),
      fteDelta: fc.integer({ min: -300, max: 300 }).map((x) => x / 100),
      month: fc.integer({ min: 1, max: 12 }).map((m) => `2026-${String(m).padStart(2, '0')}`),
      leadTimeMonths: fc.integer({ min: 0, max: 6 }),
    }),
    { maxLength: 4 },
  )
  .map((cs) => cs.map((c, i) => ({ id: `s${i}`, label: '', ...c }) as StaffingChange));

describe('capacity bridge', () => {
  it('adds up: every step follows from the one before, and the months add up to the year', () => {
    fc.assert(
      fc.property(
        teamsArb,
        deductionsArb,
        changesArb,
        fc
          .array(fc.integer(), { maxLength: 6 })
          .chain((ids) => fc.tuple(...ids.map((_, i) => activityArb(`a${i}`)))),
        (teams, deductions, staffingChanges, activities) => {
          const b = capacityBridge({
            year: 2026,
            productiveHoursPerFte: 1363,
            teams,
            deductions,
            staffingChanges,
            activities,
          });
          const step = (k: string) => b.steps.find((s) => s.key === k)?.hours ?? 0;
          expect(step('formation') - step('vacancies')).toBeCloseTo(step('productive'), 6);
          const minus = b.steps.filter((s) =>
            ['indirect', 'opleiding', 'incidentreserve', 'responsief', 'overig'].includes(s.key),
          );
          expect(step('productive') - minus.reduce((s, x) => s + x.hours, 0)).toBeCloseTo(
            step('planned'),
            6,
          );
          expect(step('planned') - step('committed')).toBeCloseTo(step('discretionary'), 6);
          for (const t of b.teams) {
            expect(t.months).toHaveLength(12);
            expect(t.months.reduce((s, m) => s + m.capacity, 0)).toBeCloseTo(t.capacity, 6);
            expect(t.months.reduce((s, m) => s + m.committed, 0)).toBeCloseTo(t.committed, 6);
          }
        },
      ),
    );
  });

  it('counts a hire only from the month its lead time has passed', () => {
    const teams = [{ teamId: 't1', formationFte: 12, staffedFte: 10 }] as TeamCapacity[];
    const hire = {
      id: 'h',
      teamId: 't1',
      label: '',
      fteDelta: 2,
      month: '2026-03',
      leadTimeMonths: 3,
    } as StaffingChange;
    expect(effectiveMonth(hire)).toBe('2026-06');
    const b = capacityBridge({
      year: 2026,
      productiveHoursPerFte: 1200,
      teams,
      deductions: [],
      staffingChanges: [hire],
      activities: [],
    });
    const t = b.teams[0]!;
    expect(t.months[4]!.staffedFte).toBe(10);
    expect(t.months[5]!.staffedFte).toBe(12);
    // 5 months at 10 fte and 7 at 12, at 100 hours per fte per month.
    expect(t.productive).toBeCloseTo(5 * 10 * 100 + 7 * 12 * 100, 6);
  });

  it('takes a share deduction off each team and splits fixed hours by productive hours', () => {
    const teams = [
      { teamId: 't1', formationFte: 10, staffedFte: 10 },
      { teamId: 't2', formationFte: 30, staffedFte: 30 },
    ] as TeamCapacity[];
    const deductions = [
      {
        id: 'i',
        kind: 'indirect',
        label: '',
        teamId: null,
        basis: 'share',
        value: 0.1,
        source: '',
      },
      {
        id: 'r',
        kind: 'incidentreserve',
        label: '',
        teamId: null,
        basis: 'hours',
        value: 4000,
        source: '',
      },
    ] as Deduction[];
    const b = capacityBridge({
      year: 2026,
      productiveHoursPerFte: 1200,
      teams,
      deductions,
      staffingChanges: [],
      activities: [],
    });
    expect(b.teams[0]!.deductions.indirect).toBeCloseTo(1200, 6);
    expect(b.teams[0]!.deductions.incidentreserve).toBeCloseTo(1000, 6);
    expect(b.teams[1]!.deductions.incidentreserve).toBeCloseTo(3000, 6);
    expect(b.teams[0]!.capacity).toBeCloseTo(12000 - 1200 - 1000, 6);
  });
});
