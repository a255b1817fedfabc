import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { KoersDb } from '../db/koers-db';
import { HISTORY_KEEP, STEP_PART_DELTAS, loadSteps } from '../db/repositories/history';
import { dumpDatabase } from '../db/repositories/bundle';
import { scaledDemo } from '../../shared/demo/scaled';
import { writeProgrammeFile } from '../../shared/file/programme-file';
import { seedIfEmpty } from '../db/seed';
import { setField } from './commands/calls';
import { Journal, memoryStorage } from './journal';
import { createKoersStore } from './store';

const ACTIVITY = 'act-2026-signalering';
let db: KoersDb;

afterEach(async () => {
  await db.delete();
});

async function open(owner: string) {
  const store = createKoersStore({
    db,
    newId: () => 'id',
    now: () => 1000,
    loadSolver: () => Promise.reject(new Error('not needed')),
    host: memoryHost().host,
    owner,
    journal: new Journal(memoryStorage(), owner, () => 1000),
  });
  await store.getState().recover();
  return store;
}

/**
 * Issue 11: once a window's stacks are loaded, a new step clears the redo stack and trims the
 * oldest steps from what it knows, without reading the table; the table must still match.
 */
describe('the history table follows the stacks a window holds', () => {
  it('a new step deletes the undone steps: after a reload there is nothing to redo', async () => {
    db = new KoersDb(`history-table-${Math.random()}`);
    await db.open();
    await seedIfEmpty(db, createDemoData());
    const store = await open('w1');
    for (const title of ['Een', 'Twee', 'Drie'])
      await store.getState().dispatch(setField('activities', ACTIVITY, ['title'], title));
    await store.getState().undo();
    await store.getState().undo();
    expect(store.getState().history.future).toHaveLength(2);
    await store.getState().dispatch(setField('activities', ACTIVITY, ['title'], 'Vier'));
    expect(store.getState().history.future).toHaveLength(0);
    const stored = await loadSteps(db, 'w1');
    expect(stored.future).toHaveLength(0);
    expect(stored.past.map((s) => s.seq)).toEqual(store.getState().history.past.map((s) => s.seq));
    const reopened = await open('w1');
    expect(reopened.getState().history.future).toHaveLength(0);
    expect(reopened.getState().history.past).toHaveLength(2);
  });

  it(`keeps the newest ${String(HISTORY_KEEP)} done steps in the table, the ones the window holds`, async () => {
    db = new KoersDb(`history-table-${Math.random()}`);
    await db.open();
    await seedIfEmpty(db, createDemoData());
    const store = await open('w1');
    for (let i = 0; i < HISTORY_KEEP + 5; i += 1)
      await store
        .getState()
        .dispatch(setField('activities', ACTIVITY, ['title'], `Titel ${String(i)}`));
    const stored = await loadSteps(db, 'w1');
    expect(stored.past).toHaveLength(HISTORY_KEEP);
    expect(stored.past.map((s) => s.seq)).toEqual(store.getState().history.past.map((s) => s.seq));
  });

  it('a large step is kept in records of at most a part each, and comes back whole', async () => {
    db = new KoersDb(`history-table-${Math.random()}`);
    await db.open();
    await seedIfEmpty(db, createDemoData());
    const before = await dumpDatabase(db);
    const store = await open('w1');
    const text = writeProgrammeFile([scaledDemo(2500)], {
      kind: 'uitwisseling',
      exportedAt: '2026-03-02T09:00:00.000Z',
      appVersion: 'test',
    });
    expect(await store.getState().importProgrammeFile('groot.koers.json', text)).toBe(true);
    const step = store.getState().history.past.at(-1);
    if (!step) throw new Error('no step');
    expect(step.deltas.length).toBeGreaterThan(2 * STEP_PART_DELTAS);
    // No record copies more than a part's worth of changes (each write is a task of its own).
    const records = await db.history.toArray();
    expect(records.length).toBe(Math.ceil(step.deltas.length / STEP_PART_DELTAS));
    for (const r of records) expect(r.deltas.length).toBeLessThanOrEqual(STEP_PART_DELTAS);
    // Read back (a reload), the step is whole again, in order; undo and redo work from it.
    const stored = await loadSteps(db, 'w1');
    expect(stored.past).toHaveLength(1);
    expect(stored.past[0]?.deltas).toEqual(step.deltas);
    const reopened = await open('w1');
    await reopened.getState().undo();
    expect(await dumpDatabase(db)).toBe(before);
    await reopened.getState().redo();
    expect(await db.activities.count()).toBe(2500 + createDemoData().activities.length);
    // A new step ends the redo stack: the large step's records all go, none is left behind.
    await reopened.getState().undo();
    await reopened.getState().dispatch(setField('activities', ACTIVITY, ['title'], 'Nieuw'));
    const left = await db.history.toArray();
    expect(left).toHaveLength(1);
    expect(left[0]?.state).toBe('done');
  });
});
