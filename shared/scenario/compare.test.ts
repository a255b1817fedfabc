import { describe, expect, it } from 'vitest';
import { createDemoData } from '../demo/inspectie-jenv';
import { snapshotOf } from '../domain/snapshot';
import { plan } from '../planning/plan';
import {
  frameCut,
  fourScenarios,
  removed,
  teamLoss,
  withoutMoney,
} from '../../tests/bench/scenario-variants';
import { compareScenarios, MAX_COMPARED_SCENARIOS } from './compare';

const base = snapshotOf(createDemoData())!;
const side = (label: string, snapshot = base) => ({ label, snapshot });
const ASIELPACT = 'act-2026-asielpact-screening';

describe("compareScenarios: Vergelijk scenario's on the demo (figures checked by hand)", () => {
  const asiel = withoutMoney(base, (a) => a.id === ASIELPACT);
  const c = compareScenarios(side('Basis'), [
    side('Taakstelling 5%', frameCut(base, 0.05)),
    side('Asielpact zonder extra middelen', asiel),
  ]);
  const [cut, pact] = c.scenarios;

  it('the base: space, the line, one overloaded team-quarter, € 440.725 left in the frame', () => {
    expect(c.base.label).toBe('Basis');
    expect(c.base.line.space).toBeCloseTo(41_683.815, 3);
    expect([c.base.line.above, c.base.below, c.base.line.candidates]).toEqual([10, 8, 18]);
    expect(c.base.overloaded.map((o) => `${o.teamId}|${o.period}`)).toEqual(['team-markt|Q1']);
    // € 16.228.000 − € 15.787.275 = € 440.725.
    expect(c.base.budget?.available).toBe(1_622_800_000);
    expect(c.base.budget?.total).toBe(1_578_727_500);
    expect(c.base.budget?.result).toBe(44_072_500);
    expect(c.base.budget?.roemerOver).toBe(false);
    expect(c.base.fellBelow).toEqual([]);
    expect(c.base.displacement.size).toBe(0);
  });

  it('Taakstelling 5%: € 15.416.600 against € 15.787.275, a deficit of € 370.675; the line unchanged', () => {
    expect(cut?.budget?.available).toBe(1_541_660_000);
    expect(cut?.budget?.total).toBe(1_578_727_500);
    expect(cut?.budget?.result).toBe(-37_067_500);
    expect(cut?.budget?.verdict.kind).toBe('deficit');
    expect(cut?.line.space).toBeCloseTo(c.base.line.space, 6);
    expect(cut?.fellBelow).toEqual([]);
    expect(cut?.cameAbove).toEqual([]);
    expect(cut?.displacement.size).toBe(0);
  });

  it('Asielpact zonder extra middelen: 3.000 statutory hours of Migratie from June, € 25.000 material, no money', () => {
    // Statutory work takes its hours before the ranking: the space shrinks by its 3.000 hours.
    expect(pact?.line.space).toBeCloseTo(41_683.815 - 3000, 3);
    expect(pact?.line.committed).toBe(c.base.line.committed + 1);
    // Its material (€ 25.000) costs, its € 450.000 does not come: € 440.725 − € 25.000.
    expect(pact?.budget?.result).toBe(44_072_500 - 2_500_000);
    // 3.000 hours over June–December, 428,57 a month (the hundredth left over lands in June):
    // June in Q2, three months each in Q3 and Q4.
    expect(pact?.displacement.get('team-migratie')).toEqual([0, 428.58, 1285.71, 1285.71]);
    expect([...(pact?.displacement.keys() ?? [])]).toEqual(['team-migratie']);
    // Migratie is over in Q3 and Q4 now (3 × 428,57 h a quarter on a full team).
    expect(pact?.overloaded.map((o) => `${o.teamId}|${o.period}`)).toEqual([
      'team-migratie|Q3',
      'team-migratie|Q4',
      'team-markt|Q1',
    ]);
    // Its theme and the focus above it gain exactly its 3.000 hours.
    const gained = (id: string) =>
      (pact?.coverage.get(id)?.hours ?? 0) - (c.base.coverage.get(id)?.hours ?? 0);
    expect(gained('thema-kwetsbaar')).toBe(3000);
    expect(gained('focus-effect')).toBe(3000);
    expect(gained('focus-context')).toBe(0);
    expect(pact?.cameAbove.map((a) => a.id)).toEqual([ASIELPACT]);
  });

  it('a team losing 5 fte: its work falls below the line and its hours leave its quarters', () => {
    const [loss] = compareScenarios(side('Basis'), [
      side('Politie −5 fte', teamLoss(base, 'team-politie', 5)),
    ]).scenarios;
    expect(loss?.fellBelow.map((a) => a.id)).toEqual(['act-2026-datagedreven-politie']);
    expect(loss?.below).toBe(c.base.below + 1);
    expect(loss?.line.space).toBeLessThan(c.base.line.space);
    const q = loss?.displacement.get('team-politie');
    expect(q?.[0]).toBe(0);
    expect(q?.slice(1).every((h) => h < -999)).toBe(true);
    // Fewer people cost less: the result improves.
    expect(loss?.budget?.result).toBeGreaterThan(c.base.budget?.result ?? 0);
  });

  it('a removed activity is not "fell below": only rows on both sides count, as in Vergelijk', () => {
    const [gone] = compareScenarios(side('Basis'), [
      side(
        'Zonder',
        removed(base, (a) => c.base.line.planned.has(a.id) && a.commitment === 'discretionair'),
      ),
    ]).scenarios;
    expect(gone?.fellBelow).toEqual([]);
    expect(gone?.line.above).toBeGreaterThan(0);
  });

  it('compares at most four scenarios and counts the ones left out', () => {
    const five = [...fourScenarios(base), { label: 'Vijfde', snapshot: base }];
    const r = compareScenarios(side('Basis'), five);
    expect(r.scenarios.map((s) => s.label)).toEqual(five.slice(0, 4).map((s) => s.label));
    expect(r.scenarios).toHaveLength(MAX_COMPARED_SCENARIOS);
    expect(r.leftOut).toBe(1);
  });

  it('derives each snapshot once through the plan it is given (the renderer passes its cache)', () => {
    const seen: unknown[] = [];
    const scenarios = fourScenarios(base);
    compareScenarios(side('Basis'), scenarios, (s) => {
      seen.push(s);
      return plan(s);
    });
    expect(seen).toEqual([base, ...scenarios.map((s) => s.snapshot)]);
  });

  it('rows: the MJP themes in tree order and every team of the base', () => {
    expect(c.themes.map((t) => t.id)).toEqual(
      plan(base).planning.coverage.rows.map((r) => r.theme.id),
    );
    expect(c.teams.map((t) => t.id)).toEqual(base.teams.map((t) => t.id));
  });
});
