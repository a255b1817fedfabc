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

  it('strict line: puts everything after the first miss below the line', () => {
    fc.assert(
      fc.property(candidatesArb, spaceArb, (candidates, space) => {
        const line = rankedFill(candidates, space, { strict: true });
        const miss = line.entries.findIndex((e) => e.reason === 'does-not-fit');
        if (miss < 0) return;
        for (const e of line.entries.slice(miss))
          expect(e.above && e.reason !== 'forced-in').toBe(false);
      }),
    );
  });

  it('per team: an activity is below the line only when a team it needs has no room left', () => {
    fc.assert(
      fc.property(candidatesArb, spaceArb, (candidates, space) => {
        const line = rankedFill(candidates, space);
        const room = roomAfterForced(candidates, space);
        const byId = new Map(candidates.map((c) => [c.id, c]));
        const used = new Map<string, number>();
        for (const e of line.entries) {
          const c = byId.get(e.id)!;
          if (e.reason === 'fits')
            for (const [t, h] of c.hours) used.set(t, (used.get(t) ?? 0) + h);
          if (e.reason !== 'does-not-fit') continue;
          // It did not fit after the higher-ranked work that did, and it names what it lacks:
          // only resources it needs, each one really short.
          expect(fits(c.hours, used, room)).toBe(false);
          expect(e.short!.size).toBeGreaterThan(0);
          for (const [t, h] of e.short!) {
            expect(c.hours.get(t) ?? 0).toBeGreaterThan(0);
            expect((used.get(t) ?? 0) + (c.hours.get(t) ?? 0) - (room.get(t) ?? 0)).toBeCloseTo(
              h,
              6,
            );
          }
        }
      }),
    );
  });

  it('per team: work for an idle team is never cut because another team is full', () => {
    // Two teams: t1 has no room at all, t2 has plenty. Whatever t1's activities do, every
    // activity that needs only t2 and fits t2 on its own stays above the line.
    fc.assert(
      fc.property(candidatesArb, (candidates) => {
        // Needing only t2 means no hours on another team (a team listed with 0 hours needs
        // nothing of it: such work takes t2's room like any other t2-only work).
        const t2Only = candidates.filter(
          (c) => c.force === null && [...c.hours].every(([t, h]) => t === 't2' || h === 0),
        );
        const total = t2Only.reduce((s, c) => s + (c.hours.get('t2') ?? 0), 0);
        const space = new Map([
          ['t1', 0],
          [
            't2',
            total +
              [...candidates].reduce(
                (s, c) => s + (c.force === 'in' ? (c.hours.get('t2') ?? 0) : 0),
                0,
              ) +
              1,
          ],
        ]);
        const line = rankedFill(candidates, space);
        for (const c of t2Only) expect(line.entries.find((e) => e.id === c.id)!.above).toBe(true);
        // The strict line may cut them: that is what the setting is for.
      }),
    );
  });

  it('strict line: removing an activity never pushes another below the line', () => {
    fc.assert(
      fc.property(candidatesArb, spaceArb, fc.nat(), (candidates, space, k) => {
        if (candidates.length === 0) return;
        const removed = candidates[k % candidates.length]!;
        const before = rankedFill(candidates, space, { strict: true });
        const after = rankedFill(
          candidates.filter((c) => c.id !== removed.id),
          space,
          { strict: true },
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
