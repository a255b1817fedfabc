import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { memoryHost } from './memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { adoptedBundle } from '../../shared/demo/life-cycle';
import { AMENDMENT_REASONS } from '../../shared/domain/versions';
import { writeProgrammeFile, type ProgrammeBundle } from '../../shared/file/programme-file';
import { versionSnapshot } from '../../shared/file/version-content';
import { KoersDb } from '../../renderer/db/koers-db';
import { readBundles } from '../../renderer/db/repositories/bundle';
import type { Step } from '../../renderer/db/repositories/history';
import { loadProgrammeData } from '../../renderer/db/repositories/programme-data';
import { seedIfEmpty } from '../../renderer/db/seed';
import { setField, type CommandCall } from '../../renderer/state/commands/calls';
import { createKoersStore, type KoersStore } from '../../renderer/state/store';

/**
 * Issue 10, "Done when": (a) an adopted version is unchanged (its row, and the programme it
 * reads as) after any random sequence of commands, imports (also of a file holding the same
 * version id with other content), undo and redo; (b) every step after adoption that changes the
 * programme has exactly one amendment, and undo removes both the change and its amendment while
 * redo brings both back. The model is the state of the programme (its row, its activities, its
 * amendments) before and after each step of the window: undo must give back exactly the state
 * before the step, redo exactly the state after.
 */

const demo = createDemoData();
const programme = demo.programmes[0]!;
const ACTIVITIES = demo.activities.slice(0, 3).map((a) => a.id as string);
const TEAMS = ['team-jeugd', 'team-politie'];
const VERSION_ID = 'v-vastgesteld';

/** The demo with its programme adopted on 9 October 2025, as a version of it as it is. */
function adoptedDemo(): ProgrammeBundle {
  return adoptedBundle(demo, programme.id, {
    id: VERSION_ID,
    name: 'Vastgesteld 2026',
    note: '',
    savedAt: '2025-10-09T10:00:00.000Z',
    author: 'Strategie',
    on: '2025-10-09',
  }).bundle;
}

type Op =
  | { kind: 'title'; activity: number; value: string }
  | { kind: 'hours'; activity: number; team: number; value: number }
  | { kind: 'frame'; value: number }
  | { kind: 'add' }
  | { kind: 'delete'; activity: number }
  | { kind: 'import'; changeTitle: boolean; otherVersion: boolean; fromStart: boolean }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'forget-reason' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('title' as const),
    activity: fc.nat(2),
    value: fc.constantFrom('Titel A', 'Titel B'),
  }),
  fc.record({
    kind: fc.constant('hours' as const),
    activity: fc.nat(2),
    team: fc.nat(1),
    value: fc.constantFrom(0, 100, 800),
  }),
  fc.record({
    kind: fc.constant('frame' as const),
    value: fc.constantFrom(100_000_00, 1_622_800_000),
  }),
  fc.constant({ kind: 'add' as const }),
  fc.record({ kind: fc.constant('delete' as const), activity: fc.nat(5) }),
  fc.record({
    kind: fc.constant('import' as const),
    changeTitle: fc.boolean(),
    otherVersion: fc.boolean(),
    fromStart: fc.boolean(),
  }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
  fc.constant({ kind: 'forget-reason' as const }),
);

let db: KoersDb | null = null;
let runs = 0;

afterEach(async () => {
  await db?.delete();
  db = null;
});

/** The programme as its life cycle sees it: its row, its activities, its amendments (by id). */
async function stateOf(d: KoersDb): Promise<string> {
  const byId = <T extends { id: string }>(rows: T[]) =>
    [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
  return JSON.stringify({
    programme: await d.programmes.get(programme.id),
    activities: byId(await d.activities.where('programmeId').equals(programme.id).toArray()),
    amendments: byId(await d.amendments.where('programmeId').equals(programme.id).toArray()),
  });
}

/** Whether a step changed the programme or its activities (a life-cycle field alone does not). */
const changesProgramme = (step: Step): boolean =>
  step.deltas.some(
    (d) =>
      d.table === 'activities' ||
      (d.table === 'programmes' &&
        (d.op !== 'update' ||
          d.fields.some((f) => f.path[0] !== 'adoption' && f.path[0] !== 'closedOn'))),
  );

/** A file of the organisation as it is (or was), without amendments, maybe changed. */
function fileOf(bundles: ProgrammeBundle[], o: Extract<Op, { kind: 'import' }>): string {
  const changed = bundles.map((b) => ({
    ...b,
    amendments: [],
    activities: b.activities.map((a, i) =>
      o.changeTitle && i === 0 ? { ...a, title: `${a.title} (uit bestand)` } : a,
    ),
    versions: b.versions.map((v) =>
      o.otherVersion && v.id === VERSION_ID
        ? { ...v, name: 'Anders', content: { ...v.content, programmes: [] } }
        : v,
    ),
  }));
  return writeProgrammeFile(changed, {
    kind: 'uitwisseling',
    exportedAt: '2026-03-01T00:00:00Z',
    appVersion: 'test',
  });
}

async function setUp(): Promise<{ d: KoersDb; store: KoersStore; answers: boolean[] }> {
  const d = new KoersDb(`life-cycle-${String(++runs)}`);
  db = d;
  await d.open();
  await seedIfEmpty(d, adoptedDemo());
  let ids = 0;
  const store = createKoersStore({
    db: d,
    newId: () => `id-${String(runs)}-${String(++ids)}`,
    now: () => Date.UTC(2026, 2, 3, 9, 30) + ids * 1000,
    loadSolver: () => Promise.reject(new Error('niet nodig')),
    host: memoryHost().host,
    author: () => 'Anna de Vries',
  });
  store.getState().setData(await loadProgrammeData(d, programme.id));
  // The person answers each question: with a reason, or by cancelling (the list says which).
  const answers: boolean[] = [];
  let n = 0;
  store.subscribe((s, prev) => {
    const request = s.amendmentRequest;
    if (!request || request === prev.amendmentRequest) return;
    const give = answers[n++ % Math.max(1, answers.length)] ?? true;
    queueMicrotask(() => {
      request.answer(
        give
          ? { reason: AMENDMENT_REASONS[n % AMENDMENT_REASONS.length]!, explanation: 'Omdat.' }
          : null,
      );
    });
  });
  return { d, store, answers };
}

describe('the life cycle of an adopted programme', () => {
  it('never changes the adopted version, and gives every change one amendment that undo and redo follow', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 1, maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
        async (ops, answerList) => {
          const { d, store, answers } = await setUp();
          answers.push(...answerList);
          const version = await d.versions.get(VERSION_ID);
          const snapshot = versionSnapshot(version!);
          expect(snapshot.ok).toBe(true);
          const start = await readBundles(d);
          // Before each step still in the past, and after each step that can be redone.
          const before: string[] = [];
          const after: string[] = [];
          for (const o of ops) {
            const s = store.getState();
            const lastSeq = s.history.past.at(-1)?.seq;
            const was = await stateOf(d);
            const dispatch = (call: CommandCall) => s.dispatch(call, { quiet: true });
            const ids = (await d.activities.where('programmeId').equals(programme.id).keys()).map(
              String,
            );
            switch (o.kind) {
              case 'title':
                await dispatch(setField('activities', ACTIVITIES[o.activity]!, ['title'], o.value));
                break;
              case 'hours':
                await dispatch({
                  name: 'activity/team-hours',
                  args: [ACTIVITIES[o.activity]!, TEAMS[o.team]!, o.value],
                });
                break;
              case 'frame':
                await dispatch(
                  setField('programmes', programme.id, ['budget', 'frameCents'], o.value),
                );
                break;
              case 'add':
                await s.addActivity();
                break;
              case 'delete':
                if (ids.length > 0) await s.deleteActivity(ids[o.activity % ids.length]!);
                break;
              case 'import':
                // An import never fails on a stored version: it keeps it and merges the rest.
                expect(
                  await s.importProgrammeFile(
                    'extern.koers.json',
                    fileOf(o.fromStart ? start : await readBundles(d), o),
                  ),
                ).toBe(true);
                break;
              case 'undo': {
                const had = s.history.past.length;
                await s.undo();
                if (had > 0) {
                  expect(await stateOf(d), 'undo gives back the state before the step').toBe(
                    before.pop(),
                  );
                  after.push(was);
                }
                break;
              }
              case 'redo': {
                const had = s.history.future.length;
                await s.redo();
                if (had > 0) {
                  expect(await stateOf(d), 'redo gives back the state after the step').toBe(
                    after.pop(),
                  );
                  before.push(was);
                }
                break;
              }
              case 'forget-reason':
                s.setAmendReason(null);
                break;
            }
            const now = store.getState();
            if (o.kind !== 'undo' && o.kind !== 'redo') {
              if (now.history.past.at(-1)?.seq !== lastSeq) {
                // A new step: it ends what could be redone.
                before.push(was);
                after.length = 0;
              } else expect(await stateOf(d), `${o.kind} without a step changed nothing`).toBe(was);
            }
            // (a) The adopted version, as stored and as read.
            const nowVersion = await d.versions.get(VERSION_ID);
            expect(nowVersion).toEqual(version);
            expect(versionSnapshot(nowVersion!)).toEqual(snapshot);
            // (b) One amendment per step that changes the programme, none for other steps.
            const past = now.history.past;
            for (const step of past) {
              const own = step.deltas.filter((x) => x.table === 'amendments' && x.op === 'insert');
              expect(own.length, JSON.stringify(step.label)).toBe(changesProgramme(step) ? 1 : 0);
            }
            const stored = (await d.amendments.toArray()).map((a) => a.id).sort();
            const ofSteps = past
              .flatMap((step) => step.deltas.filter((x) => x.table === 'amendments'))
              .map((x) => x.key)
              .sort();
            expect(stored).toEqual(ofSteps);
            expect(stored).toHaveLength(past.filter(changesProgramme).length);
            expect(now.amendmentRequest).toBeNull();
          }
          await d.delete();
          db = null;
        },
      ),
      { numRuns: 25 },
    );
  }, 300_000);
});
