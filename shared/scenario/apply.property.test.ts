import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDemoData } from '../demo/inspectie-jenv';
import { snapshotOf, type ProgrammeSnapshot } from '../domain/snapshot';
import { Scenario } from '../domain/review';
import type { Activity } from '../domain/schemas';
import { hours } from '../domain/units';
import { applyScenario, diffScenario, replayScenario } from './apply';

const demo = snapshotOf(createDemoData())!;

/** What may happen to one activity in a scenario. */
const fate = fc.oneof(
  { arbitrary: fc.constant({ kind: 'keep' as const }), weight: 4 },
  fc.constant({ kind: 'remove' as const }),
  fc.record({ kind: fc.constant('force' as const), mode: fc.constantFrom('in', 'out') }),
  fc.record({ kind: fc.constant('hours' as const), factor: fc.integer({ min: 0, max: 300 }) }),
  fc.record({ kind: fc.constant('funded' as const), confirmed: fc.boolean() }),
);

/** An edited copy of a snapshot: activities removed, changed, added; the budget frame cut. */
const edited = (base: ProgrammeSnapshot) =>
  fc
    .record({
      fates: fc.array(fate, {
        minLength: base.activities.length,
        maxLength: base.activities.length,
      }),
      copies: fc.uniqueArray(fc.integer({ min: 0, max: base.activities.length - 1 }), {
        maxLength: 3,
      }),
      cut: fc.integer({ min: 0, max: 10 }),
    })
    .map(({ fates, copies, cut }): ProgrammeSnapshot => {
      const kept: Activity[] = [];
      base.activities.forEach((a, i) => {
        const f = fates[i] ?? { kind: 'keep' as const };
        if (f.kind === 'remove') return;
        if (f.kind === 'force') kept.push({ ...a, force: { mode: f.mode, reason: 'Scenario' } });
        else if (f.kind === 'hours')
          kept.push({
            ...a,
            allocations: a.allocations.map((x) => ({
              ...x,
              hours: hours(Math.round(x.hours * f.factor) / 100),
            })),
          });
        else if (f.kind === 'funded') kept.push({ ...a, fundingConfirmed: f.confirmed });
        else kept.push(a);
      });
      const added = copies.map((i) => ({ ...base.activities[i]!, id: `nieuw-${i}` }) as Activity);
      const budget = base.programme.budget;
      const programme = {
        ...base.programme,
        budget: { ...budget, frameCents: Math.round((budget.frameCents * (100 - cut)) / 100) },
      } as typeof base.programme;
      return {
        ...base,
        programme,
        programmes: base.programmes.map((p) => (p.id === programme.id ? programme : p)),
        activities: [...kept, ...added],
      };
    });

const byId = (list: readonly Activity[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
/** A deep copy, frozen all the way down: any write to the base throws. */
const frozen = <T>(value: T): T => {
  const copy = JSON.parse(JSON.stringify(value)) as T;
  const freeze = (v: unknown) => {
    if (v && typeof v === 'object') {
      Object.freeze(v);
      for (const x of Object.values(v)) freeze(x);
    }
  };
  freeze(copy);
  return copy;
};

describe('scenarios as changes against a base (properties)', () => {
  it('applying the changes between a base and an edit gives the edit back, and leaves the base as it was', () => {
    const base = frozen(demo);
    fc.assert(
      fc.property(edited(base), (target) => {
        const changes = diffScenario(base, target);
        const out = applyScenario(base, changes);
        expect(out.programme).toEqual(target.programme);
        expect(byId(out.activities)).toEqual(byId(target.activities));
        expect(base).toEqual(demo);
      }),
      { numRuns: 40 },
    );
  });

  it('a scenario stored and read back (its row schema) applies the same', () => {
    fc.assert(
      fc.property(edited(demo), (target) => {
        const changes = diffScenario(demo, target);
        const stored = Scenario.parse(
          JSON.parse(
            JSON.stringify({
              id: 's',
              programmeId: demo.programme.id,
              name: 'Taakstelling',
              note: '',
              base: { kind: 'programme' },
              createdAt: '2026-03-02T09:00:00.000Z',
              author: '',
              changes,
            }),
          ),
        );
        const out = applyScenario(demo, stored.changes);
        expect(byId(out.activities)).toEqual(byId(target.activities));
      }),
      { numRuns: 25 },
    );
  });

  it('replayed on the base it was made on, a scenario has no conflicts; on a base that changed the same field, each such field is listed and keeps the base value', () => {
    fc.assert(
      fc.property(
        edited(demo),
        fc.integer({ min: 0, max: demo.activities.length - 1 }),
        (target, i) => {
          const changes = diffScenario(demo, target);
          expect(replayScenario(demo, changes).conflicts).toEqual([]);
          // The base moves on: one activity's title is changed there.
          const moved = demo.activities[i]!;
          const base2 = {
            ...demo,
            activities: demo.activities.map((a) =>
              a.id === moved.id ? { ...a, title: 'Elders gewijzigd' } : a,
            ),
          };
          const scenarioTouchesTitle = changes.some(
            (c) =>
              c.key === moved.id &&
              c.op === 'update' &&
              c.fields.some((f) => f.path[0] === 'title'),
          );
          expect(scenarioTouchesTitle).toBe(false);
          // Titles are not changed by these scenarios, so the base's change never conflicts ...
          const replay = replayScenario(base2, changes);
          expect(replay.conflicts).toEqual([]);
          const kept = replay.snapshot.activities.find((a) => a.id === moved.id);
          if (kept) expect(kept.title).toBe('Elders gewijzigd');
          // ... but a base that changed a field the scenario changed keeps its value, listed.
          const changed = changes.find((c) => c.table === 'activities' && c.op === 'update');
          if (!changed || changed.op !== 'update') return;
          const field = changed.fields[0]!;
          const top = field.path[0] as keyof Activity;
          const base3 = {
            ...demo,
            activities: demo.activities.map((a) =>
              a.id === changed.key ? { ...a, [top]: 'anders' } : a,
            ),
          };
          const r3 = replayScenario(base3, changes);
          expect(r3.conflicts.some((c) => c.key === changed.key)).toBe(true);
          const row = r3.snapshot.activities.find((a) => a.id === changed.key)!;
          expect(row[top]).toBe('anders');
        },
      ),
      { numRuns: 40 },
    );
  });
});
