import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { KoersDb } from '../db/koers-db';
import { loadProgrammeData } from '../db/repositories/programme-data';
import { seedIfEmpty } from '../db/seed';
import { createKoersStore, type KoersStore } from './store';
import highsLoader from 'highs';
import { highsSolver } from '../../shared/planning/selection-highs';

// Issue 11: an edit is shown as soon as its rows are written in the transaction, not after the
// commit; a commit that fails takes the rows back out of the screens and says so.

let db: KoersDb;
let store: KoersStore;
let counter = 0;

beforeEach(async () => {
  db = new KoersDb(`koers-early-${String(counter++)}`);
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

const titleIn = (id: string) => store.getState().data?.activities.find((a) => a.id === id)?.title;

describe('an edit is shown before its write commits', () => {
  it('shows the new value while the step is still being recorded, then records it', async () => {
    const a = store.getState().data!.activities[0]!;
    // When the screens first show the new title: was the step in the undo stack yet?
    let shownWithSteps: number | null = null;
    const stop = store.subscribe((s) => {
      if (shownWithSteps === null && titleIn(a.id) === 'Eerder zichtbaar')
        shownWithSteps = s.history.past.length;
    });
    const ok = await store.getState().updateActivity(a.id, { title: 'Eerder zichtbaar' });
    stop();
    expect(ok).toBe(true);
    expect(shownWithSteps).toBe(0);
    expect(store.getState().history.past).toHaveLength(1);
    expect((await db.activities.get(a.id))?.title).toBe('Eerder zichtbaar');
    expect(titleIn(a.id)).toBe('Eerder zichtbaar');
  });

  it('takes a shown edit back out when the commit fails, and says so in Dutch', async () => {
    const a = store.getState().data!.activities[0]!;
    const before = store.getState().data;
    let shown = false;
    const stop = store.subscribe(() => {
      if (titleIn(a.id) === 'Komt niet aan') shown = true;
    });
    // The step's record fails after the row itself was written in the same transaction.
    const spy = vi
      .spyOn(db.history, 'add')
      .mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const ok = await store.getState().updateActivity(a.id, { title: 'Komt niet aan' });
    spy.mockRestore();
    stop();
    expect(shown).toBe(true);
    expect(ok).toBe(false);
    expect(titleIn(a.id)).toBe(a.title);
    expect(store.getState().data?.activities).toEqual(before?.activities);
    expect(store.getState().notice).toMatchObject({
      tone: 'error',
      message: { key: 'error.quota' },
    });
    expect((await db.activities.get(a.id))?.title).toBe(a.title);
    expect(store.getState().history.past).toHaveLength(0);
  });
});
