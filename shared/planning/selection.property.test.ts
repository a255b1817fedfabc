import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import highsLoader from 'highs';
import { candidatesArb, spaceArb } from '../../tests/arbitraries/planning';
import { fits, rankedFill, roomAfterForced } from './ranking';
import { bestSelection } from './selection';
import { highsSolver, toLpModel } from './selection-highs';

const solver = highsSolver(await highsLoader());

describe('best selection (HiGHS)', () => {
  it('solves a small case to the known optimum, where the ranked fill does worse', async () => {
    const space = new Map([['t1', 100]]);
    const candidates = [
      { id: 'big', score: 10, hours: new Map([['t1', 60]]), force: null },
      { id: 'mid1', score: 9, hours: new Map([['t1', 50]]), force: null },
      { id: 'mid2', score: 9, hours: new Map([['t1', 50]]), force: null },
    ];
    const fill = rankedFill(candidates, space);
    expect(fill.entries.filter((e) => e.above).map((e) => e.id)).toEqual(['big']);
    const best = await bestSelection(candidates, space, solver);
    expect([...best.selected].sort()).toEqual(['mid1', 'mid2']);
    expect(best.totalScore).toBe(18);
  });

  it('keeps forced-in activities, drops forced-out ones, stays within space, and never scores below the ranked fill', async () => {
    await fc.assert(
      fc.asyncProperty(candidatesArb, spaceArb, async (candidates, space) => {
        const best = await bestSelection(candidates, space, solver);
        for (const c of candidates) {
          if (c.force === 'in') expect(best.selected.has(c.id)).toBe(true);
          if (c.force === 'out') expect(best.selected.has(c.id)).toBe(false);
        }
        const used = new Map<string, number>();
        for (const c of candidates)
          if (best.selected.has(c.id) && c.force === null)
            for (const [t, h] of c.hours) used.set(t, (used.get(t) ?? 0) + h);
        expect(fits(new Map(), used, roomAfterForced(candidates, space))).toBe(true);
        const fill = rankedFill(candidates, space);
        const fillScore = candidates
          .filter((c) => fill.entries.find((e) => e.id === c.id)!.above)
          .reduce((s, c) => s + c.score, 0);
        expect(best.totalScore).toBeGreaterThanOrEqual(fillScore - 1e-9);
      }),
      { numRuns: 60 },
    );
  });

  it('writes a readable LP model', () => {
    const lp = toLpModel({
      items: [{ id: 'a', value: 3, use: new Map([['team:t1', 2]]) }],
      capacities: new Map([['team:t1', 4]]),
    });
    expect(lp).toContain('Maximize');
    expect(lp).toContain('3 x0');
    expect(lp).toMatch(/c1: 2 x0 <= 4/);
    expect(lp).toContain('Binary');
  });
});
