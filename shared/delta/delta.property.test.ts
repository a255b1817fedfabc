import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyFields,
  applyFieldsChecked,
  deepEqual,
  diffValues,
  invertFields,
  mergeFields,
} from './delta';

/** Rows like Koers's: scalars, nested objects, lists of items with ids, plain lists. */
const leaf = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom('a', 'b', ''),
  fc.constant(null),
  fc.boolean(),
);
const item = (prop: 'id' | 'teamId') =>
  fc.record({ [prop]: fc.constantFrom('p', 'q', 'r', 's', 't'), v: leaf, w: leaf });
const keyed = (prop: 'id' | 'teamId') =>
  fc.uniqueArray(item(prop), {
    selector: (x) => (x as Record<string, unknown>)[prop],
    maxLength: 5,
  });
const row = fc.record(
  {
    title: leaf,
    n: leaf,
    risk: fc.dictionary(fc.constantFrom('c1', 'c2', 'c3'), fc.integer({ min: 1, max: 5 })),
    capacity: fc.record({ teams: keyed('teamId'), deductions: keyed('id'), hours: leaf }),
    list: fc.array(leaf, { maxLength: 3 }),
  },
  { requiredKeys: ['title', 'capacity'] },
);

describe('field-level deltas', () => {
  it('apply(a, diff(a, b)) = b', () => {
    fc.assert(
      fc.property(row, row, (a, b) => {
        expect(deepEqual(applyFields(a, diffValues(a, b)), b)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps list order exactly, and the inverse undoes: apply(apply(a, d), inverse(d)) = a', () => {
    fc.assert(
      fc.property(row, row, (a, b) => {
        const d = diffValues(a, b);
        const there = applyFields(a, d);
        expect(there).toEqual(JSON.parse(JSON.stringify(b)) as unknown);
        expect(deepEqual(applyFields(there, invertFields(d)), a)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('applies without conflict to the row it was made from, and a checked undo restores it', () => {
    fc.assert(
      fc.property(row, row, (a, b) => {
        const d = diffValues(a, b);
        const done = applyFieldsChecked(a, d);
        expect(done.conflicts).toBe(0);
        expect(deepEqual(done.row, b)).toBe(true);
        const undone = applyFieldsChecked(done.row, invertFields(d));
        expect(undone.conflicts).toBe(0);
        expect(deepEqual(undone.row, a)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('merging two successive changes equals applying them one after the other', () => {
    fc.assert(
      fc.property(row, row, row, (a, b, c) => {
        const merged = mergeFields(diffValues(a, b), diffValues(b, c));
        expect(deepEqual(applyFields(a, merged), c)).toBe(true);
        expect(deepEqual(applyFields(c, invertFields(merged)), a)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('two edits to different fields of one row both survive, in either order', () => {
    const a = { title: 'x', n: 1, capacity: { teams: [{ teamId: 't', v: 1, w: 1 }] } };
    const one = diffValues(a, { ...a, title: 'y' });
    const two = diffValues(a, { ...a, capacity: { teams: [{ teamId: 't', v: 2, w: 1 }] } });
    const ab = applyFieldsChecked(applyFieldsChecked(a, one).row, two).row;
    const ba = applyFieldsChecked(applyFieldsChecked(a, two).row, one).row;
    expect(ab).toEqual({ title: 'y', n: 1, capacity: { teams: [{ teamId: 't', v: 2, w: 1 }] } });
    expect(ba).toEqual(ab);
  });

  it('an undo leaves a field another window changed since, and says it conflicted', () => {
    const a = { title: 'x', n: 1 };
    const mine = diffValues(a, { title: 'mine', n: 1 });
    const theirs = { title: 'theirs', n: 1 };
    const undone = applyFieldsChecked(theirs, invertFields(mine));
    expect(undone.row).toEqual(theirs);
    expect(undone.conflicts).toBe(1);
  });
});
