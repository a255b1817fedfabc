import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { weightsFromComparisons } from './criteria-weights';

describe('weights from pairwise comparisons', () => {
  it('recovers the weights behind perfectly consistent comparisons', () => {
    const truth = new Map([
      ['kans', 0.4],
      ['ernst', 0.4],
      ['omvang', 0.1],
      ['effect', 0.1],
    ]);
    const ids = [...truth.keys()];
    const comparisons = ids.flatMap((a, i) =>
      ids.slice(i + 1).map((b) => ({ a, b, ratio: truth.get(a)! / truth.get(b)! })),
    );
    const r = weightsFromComparisons(ids, comparisons);
    for (const [id, w] of truth) expect(r.weights.get(id)).toBeCloseTo(w, 9);
    expect(r.consistencyRatio).toBeCloseTo(0, 9);
    expect(r.consistent).toBe(true);
  });

  it('says when comparisons contradict each other (a > b > c > a)', () => {
    const r = weightsFromComparisons(
      ['a', 'b', 'c'],
      [
        { a: 'a', b: 'b', ratio: 5 },
        { a: 'b', b: 'c', ratio: 5 },
        { a: 'c', b: 'a', ratio: 5 },
      ],
    );
    expect(r.consistent).toBe(false);
    expect(r.consistencyRatio).toBeGreaterThan(0.1);
  });

  it('always gives weights that are positive and add up to 1', () => {
    const ratio = fc.constantFrom(1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9);
    fc.assert(
      fc.property(fc.array(ratio, { minLength: 6, maxLength: 6 }), (rs) => {
        const ids = ['a', 'b', 'c', 'd'];
        const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as const));
        const r = weightsFromComparisons(
          ids,
          pairs.map(([a, b], k) => ({ a, b, ratio: rs[k]! })),
        );
        const sum = [...r.weights.values()].reduce((s, w) => s + w, 0);
        expect(sum).toBeCloseTo(1, 9);
        for (const w of r.weights.values()) expect(w).toBeGreaterThan(0);
        expect(r.consistencyRatio).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
