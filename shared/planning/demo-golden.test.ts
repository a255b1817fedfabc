import { describe, expect, it } from 'vitest';
import highsLoader from 'highs';
import { createDemoData } from '../demo/inspectie-jenv';
import { snapshotOf } from '../domain/snapshot';
import { programmeBridge } from './capacity-bridge';
import { plan as planOf } from './plan';
import { bestSelection } from './selection';
import { highsSolver } from './selection-highs';

// Golden results on the demo Werkprogramma 2026: any change in the planning rules shows here
// as a diff to review (the snapshot file sits beside this test). The figures come from the
// same function the screens use (plan), per team per quarter unless a test says otherwise.
const snapshot = snapshotOf(createDemoData())!;
const { programme, activities } = snapshot;
const plan = planOf(snapshot).planning;
const strict = planOf({
  ...snapshot,
  programme: { ...programme, line: { basis: 'year', strict: true } },
}).planning;
const title = (id: string) => activities.find((a) => a.id === id)?.title ?? id;
const summary = (p: typeof plan) => ({
  above: p.line.entries.filter((e) => e.above).length,
  of: p.line.entries.length,
  firstMiss: p.line.firstMiss === null ? null : title(p.line.firstMiss),
  overloaded: p.load.filter((c) => c.over > 0).length,
});

describe('golden: demo programme 2026', () => {
  it('bridge from formation to discretionary space', () => {
    expect(plan.bridge.steps.map((s) => `${s.key}: ${Math.round(s.hours)}`)).toMatchSnapshot();
  });

  it('the line per team per quarter: who is above, who does not fit and what they lack', () => {
    expect(
      plan.line.entries.map(
        (e) =>
          `${e.rank} ${e.above ? 'boven' : 'onder'} ${e.reason}: ${title(e.id)}${
            e.short
              ? ` (mist ${[...e.short].map(([k, h]) => `${k} ${Math.ceil(h)}`).join(', ')})`
              : ''
          }`,
      ),
    ).toMatchSnapshot();
    expect(summary(plan)).toMatchSnapshot();
  });

  it('the strict line on yearly room (the old single cut-off) stays available', () => {
    expect(summary(strict)).toMatchSnapshot();
    const miss = strict.line.entries.findIndex((e) => e.reason === 'does-not-fit');
    expect(strict.line.entries.slice(miss + 1).every((e) => !e.above)).toBe(true);
  });

  it('best selection, on the same room as the line', async () => {
    const best = await bestSelection(plan.candidates, plan.space, highsSolver(await highsLoader()));
    expect([...best.selected].map(title).sort()).toMatchSnapshot();
    expect(Math.round(best.totalScore * 10) / 10).toMatchSnapshot();
    const fill = plan.line.entries
      .filter((e) => e.above)
      .reduce((s, e) => s + (plan.candidates.find((c) => c.id === e.id)?.score ?? 0), 0);
    expect(Math.round(fill * 10) / 10).toMatchSnapshot();
  });

  it('the budget on the same plan: the lines, the verdict and the largest cost per domain', () => {
    const budget = planOf(snapshot).budget!;
    expect(budget.result.lines.map((l) => `${l.key}: ${l.cents}`)).toMatchSnapshot();
    expect(budget.verdict).toMatchSnapshot();
    expect(budget.perDomain.slice(0, 3).map((r) => `${r.item.name}: ${r.cents}`)).toMatchSnapshot();
  });

  it('confirming the asylum-pact funding takes capacity from the migration team', () => {
    const pact = activities.find((a) => a.fundingConditional)!;
    const confirmed = activities.map((a) =>
      a.id === pact.id ? { ...a, fundingConfirmed: true } : a,
    );
    const after = programmeBridge(programme, confirmed);
    const team = pact.allocations[0]!.teamId;
    const before = plan.bridge.teams.find((t) => t.teamId === team)!;
    const now = after.teams.find((t) => t.teamId === team)!;
    // The pact runs June–December: only those months' hours count, all of its hours.
    expect(now.committed - before.committed).toBeCloseTo(pact.allocations[0]!.hours, 6);
  });
});
