import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { KoersDb } from '../db/koers-db';
import { loadProgrammeData } from '../db/repositories/programme-data';
import { seedIfEmpty } from '../db/seed';
import { createKoersStore, type KoersStore } from './store';
import highsLoader from 'highs';
import { highsSolver } from '../../shared/planning/selection-highs';

let db: KoersDb;
let store: KoersStore;
let counter = 0;

beforeEach(async () => {
  db = new KoersDb(`data-echo-${Math.random()}`);
  await db.open();
  await seedIfEmpty(db, createDemoData());
  store = createKoersStore({
    db,
    newId: () => `new-${String(++counter)}`,
    now: () => 0,
    loadSolver: async () => highsSolver(await highsLoader()),
    host: memoryHost().host,
  });
  store.getState().setData(await loadProgrammeData(db, null));
});
afterEach(async () => {
  await db.delete();
});

describe('the echo of a write already patched in', () => {
  it('changes nothing: the loaded data stays the same object (the plan stays cached)', async () => {
    const a = store.getState().liveData?.activities[0];
    if (!a) throw new Error('no activity');
    await store.getState().updateActivity(a.id, { title: 'Nieuwe titel' });
    const patched = store.getState().liveData;
    expect(patched?.activities[0]?.title).toBe('Nieuwe titel');
    // What the database watcher reads after the write.
    store.getState().setData(await loadProgrammeData(db, null));
    expect(store.getState().liveData).toBe(patched);
    expect(store.getState().data).toBe(patched);
  });

  it('a real change from elsewhere is taken, keeping the lists that did not change', async () => {
    const before = store.getState().liveData;
    const a = before?.activities[0];
    if (!before || !a) throw new Error('no activity');
    await db.activities.put({ ...a, title: 'Elders gewijzigd' });
    store.getState().setData(await loadProgrammeData(db, null));
    const after = store.getState().liveData;
    expect(after).not.toBe(before);
    expect(after?.activities[0]?.title).toBe('Elders gewijzigd');
    expect(after?.teams).toBe(before.teams);
    expect(after?.themes).toBe(before.themes);
  });
});
