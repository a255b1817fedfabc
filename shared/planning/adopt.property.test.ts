import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import highsLoader from 'highs';
import { candidatesArb, spaceArb } from '../../tests/arbitraries/planning';
import { adoptionForces } from './adopt';
import { rankedFill, type Candidate } from './ranking';
import { bestSelection } from './selection';
import { highsSolver } from './selection-highs';

const solver = highsSolver(await highsLoader());

/** The candidates with the adoption's forces applied. */
const adopt = (
  candidates: readonly Candidate[],
  forceIn: readonly string[],
  forceOut: readonly string[],
) =>
  candidates.map((c) =>
    forceIn.includes(c.id)
      ? { ...c, force: 'in' as const }
      : forceOut.includes(c.id)
        ? { ...c, force: 'out' as const }
        : c,
  );

describe('adopting the best selection as forces', () => {
  it('makes the ranked fill put exactly the selection above the line, with its score', async () => {
    await fc.assert(
      fc.asyncProperty(candidatesArb, spaceArb, fc.boolean(), async (candidates, space, strict) => {
        const best = await bestSelection(candidates, space, solver);
        const { forceIn, forceOut } = adoptionForces(candidates, space, best.selected, { strict });
        const line = rankedFill(adopt(candidates, forceIn, forceOut), space, { strict });
        const above = new Set(line.entries.filter((e) => e.above).map((e) => e.id));
        expect([...above].sort()).toEqual([...best.selected].sort());
        const score = candidates.filter((c) => above.has(c.id)).reduce((s, c) => s + c.score, 0);
        expect(score).toBeCloseTo(best.totalScore, 6);
        // Never a force that is already there, never both ways.
        for (const id of forceIn) expect(forceOut).not.toContain(id);
        for (const id of forceIn) expect(candidates.find((c) => c.id === id)?.force).not.toBe('in');
        for (const id of forceOut)
          expect(candidates.find((c) => c.id === id)?.force).not.toBe('out');
      }),
      { numRuns: 80 },
    );
  });

  it('forces nothing when the line already is the selection', () => {
    const space = new Map([['t1|Q1', 100]]);
    const candidates: Candidate[] = [
      { id: 'a', score: 10, hours: new Map([['t1|Q1', 60]]), force: null },
      { id: 'b', score: 5, hours: new Map([['t1|Q1', 60]]), force: null },
    ];
    expect(adoptionForces(candidates, space, new Set(['a']))).toEqual({
      forceIn: [],
      forceOut: [],
    });
    expect(adoptionForces(candidates, space, new Set(['b']))).toEqual({
      forceIn: ['b'],
      forceOut: ['a'],
    });
  });
});
