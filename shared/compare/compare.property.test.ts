import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDemoData } from '../demo/inspectie-jenv';
import { snapshotOf, type ProgrammeSnapshot } from '../domain/snapshot';
import type { Activity, ActivityStatus } from '../domain/schemas';
import { hours } from '../domain/units';
import { compareSnapshots, isEmptyComparison } from './compare';

const demo = snapshotOf(createDemoData())!;
const STATUSES: ActivityStatus[] = [
  'voorstel',
  'gepland',
  'in-uitvoering',
  'uitgesteld',
  'vervallen',
];

/** What may happen to one demo activity between two snapshots. */
const fate = fc.oneof(
  fc.constant({ kind: 'keep' as const }),
  fc.constant({ kind: 'remove' as const }),
  fc.record({ kind: fc.constant('status' as const), status: fc.constantFrom(...STATUSES) }),
  fc.record({ kind: fc.constant('hours' as const), factor: fc.integer({ min: 0, max: 300 }) }),
  fc.record({ kind: fc.constant('title' as const), title: fc.constantFrom('A', 'B', 'Nieuw') }),
);

/** A snapshot of the demo with some activities removed, changed, and some copies added. */
const variant: fc.Arbitrary<ProgrammeSnapshot> = fc
  .record({
    fates: fc.array(fate, { minLength: demo.activities.length, maxLength: demo.activities.length }),
    copies: fc.uniqueArray(fc.integer({ min: 0, max: demo.activities.length - 1 }), {
      maxLength: 3,
    }),
  })
  .map(({ fates, copies }) => {
    const kept: Activity[] = [];
    demo.activities.forEach((a, i) => {
      const f = fates[i] ?? { kind: 'keep' as const };
      if (f.kind === 'remove') return;
      if (f.kind === 'status') kept.push({ ...a, status: f.status });
      else if (f.kind === 'hours')
        kept.push({
          ...a,
          allocations: a.allocations.map((x) => ({
            ...x,
            hours: hours(Math.round(x.hours * f.factor) / 100),
          })),
        });
      else if (f.kind === 'title') kept.push({ ...a, title: f.title });
      else kept.push(a);
    });
    const added = copies.map((i) => ({ ...demo.activities[i]!, id: `kopie-${i}` }) as Activity);
    return { ...demo, activities: [...kept, ...added] };
  });

describe('compareSnapshots (properties)', () => {
  it('compare(a, a) is empty', () => {
    fc.assert(
      fc.property(variant, (a) => {
        const c = compareSnapshots(a, a);
        expect(isEmptyComparison(c)).toBe(true);
        expect(c.hoursByTeam.every((t) => t.delta === 0)).toBe(true);
        expect(c.hoursByTheme.every((t) => t.delta === 0)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('added, removed, changed and unchanged partition the union of ids', () => {
    fc.assert(
      fc.property(variant, variant, (a, b) => {
        const c = compareSnapshots(a, b);
        const union = new Set([...a.activities, ...b.activities].map((x) => x.id as string));
        const parts = [
          ...c.added.map((x) => x.id),
          ...c.removed.map((x) => x.id),
          ...c.changed.map((x) => x.after.id),
        ];
        // Disjoint: no id in two parts.
        expect(new Set(parts).size).toBe(parts.length);
        const unchanged = [...union].filter((id) => !parts.some((x) => x === id));
        expect(new Set([...parts, ...unchanged])).toEqual(union);
        // The rest is exactly what is on both sides and equal.
        for (const id of unchanged)
          expect(a.activities.find((x) => x.id === id)).toEqual(
            b.activities.find((x) => x.id === id),
          );
        // Each changed one names at least one field.
        expect(c.changed.every((x) => x.fields.length > 0)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('the per-team and per-theme shifts add up to the difference in total hours', () => {
    fc.assert(
      fc.property(variant, variant, (a, b) => {
        const c = compareSnapshots(a, b);
        const diff = c.hours.after - c.hours.before;
        const sum = (xs: readonly { delta: number }[]) =>
          Math.round(xs.reduce((s, x) => s + x.delta * 100, 0)) / 100;
        expect(sum(c.hoursByTeam)).toBeCloseTo(diff, 6);
        expect(sum(c.hoursByTheme)).toBeCloseTo(diff, 6);
        for (const t of c.hoursByTeam) expect(t.delta).toBeCloseTo(t.after - t.before, 6);
      }),
      { numRuns: 25 },
    );
  });
});
