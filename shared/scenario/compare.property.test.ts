import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ROEMERNORM } from '../budget/cost-model';
import { compareSnapshots } from '../compare/compare';
import { createDemoData } from '../demo/inspectie-jenv';
import { snapshotOf, type ProgrammeSnapshot } from '../domain/snapshot';
import { plan } from '../planning/plan';
import { frameCut, removed, teamLoss, withoutMoney } from '../../tests/bench/scenario-variants';
import { compareScenarios, type ScenarioColumn } from './compare';

const base = snapshotOf(createDemoData())!;
const teamIds = base.programme.capacity.teams.map((t) => t.teamId as string);
const ids = base.activities.map((a) => a.id as string);

/** A scenario of the demo: a frame cut, a team losing fte, forces, tasks without money, removals. */
const scenario: fc.Arbitrary<ProgrammeSnapshot> = fc
  .record({
    cut: fc.integer({ min: 0, max: 20 }),
    team: fc.constantFrom(...teamIds),
    lost: fc.integer({ min: 0, max: 12 }),
    forces: fc.dictionary(fc.constantFrom(...ids), fc.constantFrom('in' as const, 'out' as const), {
      maxKeys: 4,
    }),
    unfunded: fc.boolean(),
    gone: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 5 }),
  })
  .map(({ cut, team, lost, forces, unfunded, gone }) => {
    let s = teamLoss(frameCut(base, cut / 100), team, lost);
    s = {
      ...s,
      activities: s.activities.map((a) => {
        const mode = forces[a.id];
        return mode ? { ...a, force: { mode, reason: 'Scenario' } } : a;
      }),
    };
    if (unfunded) s = withoutMoney(s, (a) => a.fundingConditional);
    return removed(s, (a) => gone.includes(a.id));
  });

/** The column's figures as the capacity and budget screens read them from `plan(snapshot)`. */
function expectScreensAgree(col: ScenarioColumn, s: ProgrammeSnapshot) {
  const { planning, budget } = plan(s);
  expect(col.line.space).toBe(
    planning.bridge.steps.find((x) => x.key === 'discretionary')?.hours ?? 0,
  );
  expect(col.line.above).toBe(planning.line.entries.filter((e) => e.above).length);
  expect(col.below).toBe(planning.line.entries.filter((e) => !e.above).length);
  expect(col.overloaded.map((o) => `${o.teamId}|${o.period}`)).toEqual(
    planning.load.filter((c) => c.over > 0).map((c) => `${c.teamId}|${c.period}`),
  );
  expect(col.budget?.available).toBe(budget?.result.available);
  expect(col.budget?.total).toBe(budget?.result.total);
  expect(col.budget?.result).toBe(budget?.result.result);
  expect(col.budget?.roemerRatio).toBe(budget?.result.roemerRatio);
  expect(col.budget?.roemerOver).toBe((budget?.result.roemerRatio ?? 0) > ROEMERNORM);
  for (const row of planning.coverage.rows)
    expect(col.coverage.get(row.theme.id)?.hours).toBe(
      row.years.find((y) => y.year === s.programme.year)?.hours,
    );
}

describe('compareScenarios (properties)', () => {
  it('comparing the base with itself shows no differences', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const c = compareScenarios({ label: 'Basis', snapshot: s }, [
          { label: 'Zelfde', snapshot: s },
          { label: 'Kopie', snapshot: { ...s, activities: [...s.activities] } },
        ]);
        for (const col of c.scenarios) {
          expect(col.fellBelow).toEqual([]);
          expect(col.cameAbove).toEqual([]);
          expect(col.displacement.size).toBe(0);
          expect({ ...col, label: '' }).toEqual({ ...c.base, label: '' });
        }
      }),
      { numRuns: 30 },
    );
  });

  it('each column equals what the single-programme screens show for its snapshot', () => {
    fc.assert(
      fc.property(scenario, scenario, (a, b) => {
        const c = compareScenarios({ label: 'Basis', snapshot: base }, [
          { label: 'A', snapshot: a },
          { label: 'B', snapshot: b },
        ]);
        expectScreensAgree(c.base, base);
        expectScreensAgree(c.scenarios[0]!, a);
        expectScreensAgree(c.scenarios[1]!, b);
        // Who fell below or came above: the same as *Vergelijk* of two versions finds.
        const two = compareSnapshots(base, a);
        expect(c.scenarios[0]!.fellBelow).toEqual(two.wentBelow);
        expect(c.scenarios[0]!.cameAbove).toEqual(two.cameAbove);
      }),
      { numRuns: 30 },
    );
  });

  it('the displacement adds up to the change in planned hours within the year', () => {
    const yearHours = (s: ProgrammeSnapshot) =>
      plan(s).planning.utilisation.cells.reduce((sum, c) => sum + c.allocated, 0);
    fc.assert(
      fc.property(scenario, (s) => {
        const [col] = compareScenarios({ label: 'Basis', snapshot: base }, [
          { label: 'S', snapshot: s },
        ]).scenarios;
        let moved = 0;
        for (const q of col!.displacement.values()) moved += q[0] + q[1] + q[2] + q[3];
        expect(moved).toBeCloseTo(yearHours(s) - yearHours(base), 0);
      }),
      { numRuns: 30 },
    );
  });
});
