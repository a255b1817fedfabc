import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import highsLoader from 'highs';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { highsSolver } from '../../shared/planning/selection-highs';
import { KoersDb } from '../db/koers-db';
import { loadProgrammeData } from '../db/repositories/programme-data';
import { seedIfEmpty } from '../db/seed';
import { forceMany } from './commands/calls';
import { watchLineMoves } from './line-moves';
import { selectPlanning } from './planning';
import { createKoersStore, type KoersStore } from './store';

let db: KoersDb;
let store: KoersStore;
let stop: () => void;
let counter = 0;

beforeEach(async () => {
  db = new KoersDb(`koers-moves-${counter++}`);
  await db.open();
  await seedIfEmpty(db, createDemoData());
  store = createKoersStore({
    db,
    newId: () => `new-${++counter}`,
    now: () => 0,
    loadSolver: async () => highsSolver(await highsLoader()),
    host: memoryHost().host,
  });
  stop = watchLineMoves(store);
  store.getState().setData(await loadProgrammeData(db, null));
});

afterEach(async () => {
  stop();
  await db.delete();
});

const planned = () => new Set(selectPlanning(store.getState())!.planned);
const settle = () => new Promise((r) => setTimeout(r, 0));
const ids = (k: number) => store.getState().notice?.groups?.[k]?.links.map((l) => l.activityId);

describe('every step says what crossed the line', () => {
  it('names what falls below and what comes above after a force, and the reverse after undo', async () => {
    const planning = selectPlanning(store.getState())!;
    // The biggest activity below the line pushes others out when forced in.
    const below = planning.line.entries.filter((e) => !e.above);
    const hours = (id: string) =>
      [...(planning.candidates.find((c) => c.id === id)?.hours.values() ?? [])].reduce(
        (s, h) => s + h,
        0,
      );
    const big = [...below].sort((a, b) => hours(b.id) - hours(a.id))[0]!;
    const before = planned();
    await store.getState().setForce(big.id, { mode: 'in', reason: 'Kamerbrief' });
    await settle();
    const after = planned();
    const down = [...before].filter((id) => !after.has(id));
    expect(down.length).toBeGreaterThan(0);
    const notice = store.getState().notice!;
    expect(notice.groups?.[0]?.label.key).toBe('moved.down');
    expect(ids(0)?.sort()).toEqual(down.sort());
    expect(notice.groups?.[1]?.label.key).toBe('moved.upAlso');
    expect(ids(1)).toContain(big.id);

    await store.getState().undo();
    await settle();
    const undone = store.getState().notice!;
    // The undo's own message stays, with the lists added.
    expect(undone.message.key).toBe('history.undone');
    expect(undone.groups?.[0]?.links.map((l) => l.activityId)).toEqual([big.id]);
    expect(undone.groups?.[1]?.links.map((l) => l.activityId).sort()).toEqual(down.sort());
  });

  it('says nothing when a step moves nothing, and forces several activities in one step', async () => {
    const planning = selectPlanning(store.getState())!;
    const a = store.getState().data!.activities[0]!;
    await store.getState().updateActivity(a.id, { description: 'Alleen tekst' });
    await settle();
    expect(store.getState().notice).toBeNull();
    const [x, y] = planning.line.entries.filter((e) => e.above);
    await store.getState().dispatch(
      forceMany([
        [x!.id, { mode: 'out', reason: 'r' }],
        [y!.id, { mode: 'out', reason: 'r' }],
      ]),
    );
    await settle();
    expect(store.getState().history.past).toHaveLength(2);
    expect(ids(0)).toEqual(expect.arrayContaining([x!.id, y!.id]));
    await store.getState().undo();
    const rows = store.getState().data!.activities.filter((r) => r.id === x!.id || r.id === y!.id);
    expect(rows.map((r) => r.force)).toEqual([null, null]);
  });
});
