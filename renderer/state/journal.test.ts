import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { KoersDb } from '../db/koers-db';
import { seedIfEmpty } from '../db/seed';
import { setField } from './commands/calls';
import { Journal, memoryStorage, type JournalStorage } from './journal';
import { createKoersStore } from './store';

const ACTIVITY = 'act-2026-signalering';
let db: KoersDb;

afterEach(async () => {
  await db.delete();
});

async function open(storage: JournalStorage, owner: string, now: () => number) {
  const store = createKoersStore({
    db,
    newId: () => 'id',
    now,
    loadSolver: () => Promise.reject(new Error('not needed')),
    host: memoryHost().host,
    owner,
    journal: new Journal(storage, owner, now),
  });
  await store.getState().recover();
  return store;
}

describe('the journal', () => {
  it('never replays a command whose write landed, even when its entry was left behind', async () => {
    db = new KoersDb(`journal-${Math.random()}`);
    await db.open();
    await seedIfEmpty(db, createDemoData());
    const storage = memoryStorage();
    const store = await open(storage, 'w1', () => 1000);
    const before = (await db.activities.get(ACTIVITY))!.outputs.length;
    // The page dies after the write committed but before the entry left the journal: keep a
    // copy of the journal as it stood while the write was on its way.
    let copy: string | null = null;
    const done = store
      .getState()
      .dispatch({ name: 'activity/output-add', args: [ACTIVITY, 'o-new'] });
    copy = storage.getItem('koers-journal:w1');
    await done;
    expect((await db.activities.get(ACTIVITY))!.outputs).toHaveLength(before + 1);
    expect(copy).not.toBeNull();
    storage.setItem('koers-journal:w1', copy!);
    await open(storage, 'w1', () => 2000);
    // One output added, not two.
    expect((await db.activities.get(ACTIVITY))!.outputs).toHaveLength(before + 1);
  });

  it('replays what did not land, the later of two gone windows last', async () => {
    db = new KoersDb(`journal-${Math.random()}`);
    await db.open();
    await seedIfEmpty(db, createDemoData());
    const storage = memoryStorage();
    // Window b typed later than window a, but its counter is lower: time decides.
    const a = new Journal(storage, 'a', () => 5000);
    a.put('field:1', {
      call: setField('activities', ACTIVITY, ['title'], 'Van a'),
      label: null,
      visit: null,
    });
    a.put('field:2', {
      call: setField('activities', ACTIVITY, ['title'], 'Van a, later'),
      label: null,
      visit: null,
    });
    const b = new Journal(storage, 'b', () => 9000);
    b.put('field:1', {
      call: setField('activities', ACTIVITY, ['title'], 'Van b'),
      label: null,
      visit: null,
    });
    await open(storage, 'c', () => 10_000);
    expect((await db.activities.get(ACTIVITY))!.title).toBe('Van b');
    expect(storage.length).toBe(0);
  });

  it('does not let an old entry of a crashed window overwrite a later edit of another window', async () => {
    db = new KoersDb(`journal-${Math.random()}`);
    await db.open();
    await seedIfEmpty(db, createDemoData());
    const storage = memoryStorage();
    // Window a typed at t = 1 s and crashed; its entry is still in the journal.
    new Journal(storage, 'a', () => 1000).put('field:1', {
      call: setField('activities', ACTIVITY, ['title'], 'Van a'),
      label: null,
      visit: null,
    });
    // Window b stored its own title later, at t = 2 s, and closed.
    const b = await open(memoryStorage(), 'b', () => 2000);
    await b.getState().dispatch(setField('activities', ACTIVITY, ['title'], 'Van b'));
    // A new window starts: b's later edit stands.
    await open(storage, 'c', () => 3000);
    expect((await db.activities.get(ACTIVITY))!.title).toBe('Van b');
    // The same entry typed after b's edit is replayed.
    new Journal(storage, 'd', () => 5000).put('field:1', {
      call: setField('activities', ACTIVITY, ['title'], 'Van d'),
      label: null,
      visit: null,
    });
    await open(storage, 'e', () => 6000);
    expect((await db.activities.get(ACTIVITY))!.title).toBe('Van d');
  });
});
