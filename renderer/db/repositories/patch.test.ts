import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDemoLifeCycle } from '../../../shared/demo/life-cycle';
import { patchSnapshot, snapshotOf, type SnapshotRowChange } from '../../../shared/domain/snapshot';
import type { Activity, Team } from '../../../shared/domain/schemas';
import { patchProgrammeData, sameRows, sharedProgrammeData } from './programme-data';

const demo = createDemoLifeCycle();
const data = snapshotOf(demo, 'wp-2027');
if (!data) throw new Error('no snapshot');
const acts = [...data.activities, ...data.mjpActivities];
const programmes = data.programmes.map((p) => p.id);

/** One random row change: an activity or team changed, moved, removed or added. */
const change: fc.Arbitrary<SnapshotRowChange> = fc.oneof(
  fc
    .tuple(
      fc.nat(acts.length + 5),
      fc.constantFrom('title', 'move', 'delete'),
      fc.nat(programmes.length - 1),
    )
    .map(([i, what, p]): SnapshotRowChange => {
      const base = acts[i % acts.length] as Activity;
      const id = i >= acts.length ? `act-new-${String(i)}` : base.id;
      if (what === 'delete') return { table: 'activities', key: id, after: null };
      const row: Activity = {
        ...base,
        id: id as Activity['id'],
        title: `T${String(i)}`,
        ...(what === 'move' ? { programmeId: programmes[p] as Activity['programmeId'] } : {}),
      };
      return { table: 'activities', key: id, after: row };
    }),
  fc.tuple(fc.nat(data.teams.length + 2), fc.boolean()).map(([i, gone]): SnapshotRowChange => {
    const base = data.teams[i % data.teams.length] as Team;
    const id = i >= data.teams.length ? `team-new-${String(i)}` : base.id;
    return gone
      ? { table: 'teams', key: id, after: null }
      : {
          table: 'teams',
          key: id,
          after: { ...base, id: id as Team['id'], name: `N${String(i)}` },
        };
  }),
);

describe('patching many rows at once', () => {
  it('gives what patchSnapshot gives, one change after another (property)', () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 17, maxLength: 80 }), (rows) => {
        expect(patchProgrammeData(data, rows)).toEqual(patchSnapshot(data, rows));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the echo of rows already loaded', () => {
  it('the same row objects in any order are the same data: the loaded object is kept (property)', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...data.activities], {
          minLength: data.activities.length,
          maxLength: data.activities.length,
        }),
        fc.shuffledSubarray([...data.teams], {
          minLength: data.teams.length,
          maxLength: data.teams.length,
        }),
        (activities, teams) => {
          expect(sameRows(data.activities, activities)).toBe(true);
          expect(sharedProgrammeData(data, { ...data, activities, teams })).toBe(data);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('one row read anew (an equal copy), missing or twice is a change; the other lists are kept', () => {
    fc.assert(
      fc.property(
        fc.nat(data.activities.length - 1),
        fc.constantFrom('copy', 'twice', 'missing'),
        (i, what) => {
          const row = data.activities[i] as Activity;
          const other = data.activities[(i + 1) % data.activities.length] as Activity;
          const activities = [...data.activities].reverse().flatMap((a) => {
            if (a !== row) return [a];
            if (what === 'copy') return [{ ...a }];
            return what === 'twice' ? [other] : [];
          });
          expect(sameRows(data.activities, activities)).toBe(false);
          const next = { ...data, activities };
          const shared = sharedProgrammeData(data, next);
          expect(shared).not.toBe(data);
          expect(shared?.activities).toBe(activities);
          expect(shared?.teams).toBe(data.teams);
          expect(shared?.themes).toBe(data.themes);
        },
      ),
      { numRuns: 100 },
    );
  });
});
