import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { scaledDemo } from '../../shared/demo/scaled';
import { writeProgrammeFile } from '../../shared/file/programme-file';
import { KoersDb } from '../db/koers-db';
import { loadProgrammeData } from '../db/repositories/programme-data';
import { seedIfEmpty } from '../db/seed';
import { createKoersStore, type KoersStore } from './store';
import { planOf } from './planning';
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

  it('an import of hundreds of rows, read back in key order, keeps the data and its plan', async () => {
    const text = writeProgrammeFile([scaledDemo(300)], {
      kind: 'uitwisseling',
      exportedAt: '2026-03-02T09:00:00.000Z',
      appVersion: 'test',
    });
    expect(await store.getState().importProgrammeFile('groot.koers.json', text)).toBe(true);
    const patched = store.getState().liveData;
    const shown = store.getState().data;
    if (!patched || !shown) throw new Error('no data');
    const planned = planOf(shown);
    // What the database watcher reads after the write: the same rows, in another order (the
    // rows patched in go last, the database gives them by key), so the echo is a permutation.
    const echo = await loadProgrammeData(db, null);
    if (!echo) throw new Error('no data');
    expect(echo.activities.length).toBe(patched.activities.length);
    expect(echo.activities.map((a) => a.id)).not.toEqual(patched.activities.map((a) => a.id));
    expect(new Set(echo.activities)).toEqual(new Set(patched.activities));
    store.getState().setData(echo);
    expect(store.getState().liveData).toBe(patched);
    expect(store.getState().data).toBe(shown);
    // Planned once: the plan of the shown data is the one made before the echo.
    expect(planOf(store.getState().data ?? echo)).toBe(planned);
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
