import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { candidatesArb, spaceArb } from '../../tests/arbitraries/planning';
import { fits, liftNeed, rankedFill, roomAfterForced } from './ranking';

describe('ranked fill', () => {
  it('always puts forced-in activities above the line and forced-out ones below', () => {
    fc.assert(
      fc.property(candidatesArb, spaceArb, (candidates, space) => {
        const line = rankedFill(candidates, space);
        for (const c of candidates) {
          const e = line.entries.find((x) => x.id === c.id)!;
          if (c.force === 'in') expect(e.above).toBe(true);
          if (c.force === 'out') expect(e.above).toBe(false);
        }
        expect(line.entries).toHaveLength(candidates.length);
      }),
    );
  });

  it('never silently exceeds a team’s space: the unforced activities above the line fit', () => {
    fc.assert(
      fc.property(candidatesArb, spaceArb, (candidates, space) => {
        const line = rankedFill(candidates, space);
        const room = roomAfterForced(candidates, space);
        const used = new Map<string, number>();
        for (const e of line.entries.filter((x) => x.reason === 'fits')) {
          const c = candidates.find((x) => x.id === e.id)!;
          for (const [t, h] of c.hours) used.set(t, (used.get(t) ?? 0) + h);
        }
        expect(fits(new Map(), used, room)).toBe(true);
        for (const [t, h] of used) expect(h).toBeLessThanOrEqual((room.get(t) ?? 0) + 1e-6);
      }),
    );
  });

  it('puts everything after the first miss below the line', () => {
    fc.assert(
      fc.property(candidatesArb, spaceArb, (candidates, space) => {
        const line = rankedFill(candidates, space);
        const miss = line.entries.findIndex((e) => e.reason === 'does-not-fit');
        if (miss < 0) return;
        for (const e of line.entries.slice(miss))
          expect(e.above && e.reason !== 'forced-in').toBe(false);
      }),
    );
  });

  it('removing an activity never pushes another below the line', () => {
    fc.assert(
      fc.property(candidatesArb, spaceArb, fc.nat(), (candidates, space, k) => {
        if (candidates.length === 0) return;
        const removed = candidates[k % candidates.length]!;
        const before = rankedFill(candidates, space);
        const after = rankedFill(
          candidates.filter((c) => c.id !== removed.id),
          space,
        );
        for (const e of before.entries)
          if (e.above && e.id !== removed.id)
            expect(after.entries.find((x) => x.id === e.id)!.above).toBe(true);
      }),
    );
  });

  it('lifting: freeing the hours it names, or scoring above the score it names, lifts the activity', () => {
    fc.assert(
      fc.property(candidatesArb, spaceArb, (candidates, space) => {
        const line = rankedFill(candidates, space);
        for (const e of line.entries.filter((x) => !x.above && x.reason !== 'forced-out')) {
          const need = liftNeed(candidates, line, e.id)!;
          const wider = new Map(space);
          for (const [t, h] of need.hoursToFree) wider.set(t, (wider.get(t) ?? 0) + h + 1e-3);
          // With the hours it names freed, it fits after everything now above the line.
          const usedAbove = new Map<string, number>();
          for (const x of line.entries.filter((y) => y.reason === 'fits'))
            for (const [t, h] of candidates.find((c) => c.id === x.id)!.hours)
              usedAbove.set(t, (usedAbove.get(t) ?? 0) + h);
          const target = candidates.find((c) => c.id === e.id)!;
          expect(fits(target.hours, usedAbove, roomAfterForced(candidates, wider))).toBe(true);
          if (need.scoreNeeded !== null) {
            const boosted = candidates.map((c) =>
              c.id === e.id ? { ...c, score: need.scoreNeeded! + 0.5 } : c,
            );
            expect(rankedFill(boosted, space).entries.find((x) => x.id === e.id)!.above).toBe(true);
          }
        }
      }),
    );
  });
});
