import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aroundLine } from './around-line';

describe('aroundLine', () => {
  const entries = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => ({
    id,
    above: i < 3 || id === 'e',
  }));

  it('takes the last n above and the first n below in rank order, then the conditional work', () => {
    // Above: a b c e; below: d f.
    expect(aroundLine(entries, ['x', 'c'], 2)).toEqual(['c', 'd', 'e', 'f', 'x']);
    expect(aroundLine(entries, [], 1)).toEqual(['d', 'e']);
    expect(aroundLine(entries, ['x'], 0)).toEqual(['x']);
  });

  it('never lists an activity twice and never more than 2n plus the conditional ones', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.string({ maxLength: 3 }), above: fc.boolean() }), {
          maxLength: 30,
        }),
        fc.array(fc.string({ maxLength: 3 }), { maxLength: 5 }),
        fc.integer({ min: 0, max: 10 }),
        (list, conditional, n) => {
          const out = aroundLine(list, conditional, n);
          expect(new Set(out).size).toBe(out.length);
          expect(out.length).toBeLessThanOrEqual(2 * n + conditional.length);
        },
      ),
    );
  });
});
