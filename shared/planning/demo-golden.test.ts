import { describe, expect, it } from 'vitest';
import highsLoader from 'highs';
import { createDemoData } from '../demo/inspectie-jenv';
import { monthsOfYear } from '../time/months';
import { programmeBridge } from './capacity-bridge';
import { candidatesOf, rankedFill } from './ranking';
import { bestSelection } from './selection';
import { highsSolver } from './selection-highs';

// Golden results on the demo Werkprogramma 2026: any change in the planning rules shows here
// as a diff to review (the snapshot file sits beside this test).
const demo = createDemoData();
const programme = demo.programmes.find((p) => p.year === 2026)!;
const activities = demo.activities.filter((a) => a.programmeId === programme.id);
const bridge = programmeBridge(programme, activities);
const space = new Map(bridge.teams.map((t) => [t.teamId, t.discretionary]));
const candidates = candidatesOf(
  activities,
  programme.riskScheme,
  new Set(monthsOfYear(programme.year)),
);
const title = (id: string) => activities.find((a) => a.id === id)?.title ?? id;

describe('golden: demo programme 2026', () => {
  it('bridge from formation to discretionary space', () => {
    expect(bridge.steps.map((s) => `${s.key}: ${Math.round(s.hours)}`)).toMatchSnapshot();
  });

  it('ranked fill and the first activity that does not fit', () => {
    const line = rankedFill(candidates, space);
    expect(
      line.entries.map(
        (e) => `${e.rank} ${e.above ? 'boven' : 'onder'} ${e.reason}: ${title(e.id)}`,
      ),
    ).toMatchSnapshot();
    expect(line.firstMiss === null ? null : title(line.firstMiss)).toMatchSnapshot();
  });

  it('best selection', async () => {
    const best = await bestSelection(candidates, space, highsSolver(await highsLoader()));
    expect([...best.selected].map(title).sort()).toMatchSnapshot();
    expect(Math.round(best.totalScore * 10) / 10).toMatchSnapshot();
  });

  it('confirming the asylum-pact funding takes capacity from the migration team', () => {
    const pact = activities.find((a) => a.fundingConditional)!;
    const confirmed = activities.map((a) =>
      a.id === pact.id ? { ...a, fundingConfirmed: true } : a,
    );
    const after = programmeBridge(programme, confirmed);
    const team = pact.allocations[0]!.teamId;
    const before = bridge.teams.find((t) => t.teamId === team)!;
    const now = after.teams.find((t) => t.teamId === team)!;
    // The pact runs June–December: only those months' hours count, all of its hours.
    expect(now.committed - before.committed).toBeCloseTo(pact.allocations[0]!.hours, 6);
  });
});
