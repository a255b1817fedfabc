import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
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
let clock = 0;
let counter = 0;

async function reload(): Promise<void> {
  store.getState().setData(await loadProgrammeData(db, null));
}

beforeEach(async () => {
  db = new KoersDb(`koers-test-${Math.random()}`);
  await db.open();
  await seedIfEmpty(db, createDemoData());
  clock = 0;
  store = createKoersStore({
    db,
    newId: () => `new-${++counter}`,
    now: () => clock,
    loadSolver: async () => highsSolver(await highsLoader()),
    host: memoryHost().host,
  });
  await reload();
});

afterEach(async () => {
  await db.delete();
});

const firstActivity = () => store.getState().data!.activities[0]!;

describe('store: every edit is kept and can be undone', () => {
  it('seeds the demo only once', async () => {
    const count = await db.activities.count();
    expect(await seedIfEmpty(db, createDemoData())).toBe(false);
    expect(await db.activities.count()).toBe(count);
  });

  it('writes an edit at once and undoes and redoes it', async () => {
    const a = firstActivity();
    await store.getState().updateActivity(a.id, { title: 'Nieuwe titel' });
    expect((await db.activities.get(a.id))?.title).toBe('Nieuwe titel');
    await store.getState().undo();
    expect((await db.activities.get(a.id))?.title).toBe(a.title);
    await store.getState().redo();
    expect((await db.activities.get(a.id))?.title).toBe('Nieuwe titel');
  });

  it('merges the writes of one visit to a field into one undo step; a new visit is a new step', async () => {
    const a = firstActivity();
    for (const title of ['N', 'Ni', 'Nie']) {
      clock += 100_000;
      await store.getState().updateActivity(a.id, { title }, 'visit-1');
    }
    expect(store.getState().history.past).toHaveLength(1);
    await store.getState().updateActivity(a.id, { title: 'Niet' }, 'visit-2');
    expect(store.getState().history.past).toHaveLength(2);
    await store.getState().undo();
    await store.getState().undo();
    expect((await db.activities.get(a.id))?.title).toBe(a.title);
  });

  it('deletes an activity and brings it back with undo', async () => {
    const a = firstActivity();
    await store.getState().deleteActivity(a.id);
    expect(await db.activities.get(a.id)).toBeUndefined();
    expect(store.getState().notice?.undoSeq).toBe(store.getState().history.past.at(-1)?.seq);
    await store.getState().undo();
    expect(await db.activities.get(a.id)).toEqual(a);
  });

  it('adds an activity in the programme, valid by the schema', async () => {
    const id = await store.getState().addActivity();
    expect(id).not.toBeNull();
    const row = await db.activities.get(id!);
    expect(row?.programmeId).toBe(store.getState().data!.programme.id);
  });

  it('refuses to delete a domain that activities use, and says so', async () => {
    const a = firstActivity();
    const ok = await store.getState().deleteDomain(a.domainId);
    expect(ok).toBe(false);
    expect(await db.domains.get(a.domainId)).toBeDefined();
    expect(store.getState().notice?.message.key).toBe('validation.inUseWhere');
  });

  it('keeps the database unchanged when a write fails, and reports it', async () => {
    const a = firstActivity();
    const ok = await store.getState().updateActivity(a.id, { title: '' });
    expect(ok).toBe(false);
    expect((await db.activities.get(a.id))?.title).toBe(a.title);
    expect(store.getState().notice?.tone).toBe('error');
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('says so in Dutch when the disk is full, and keeps the database as it was', async () => {
    const a = firstActivity();
    const spy = vi
      .spyOn(db, 'transaction')
      .mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const ok = await store.getState().updateActivity(a.id, { title: 'Past niet meer' });
    spy.mockRestore();
    expect(ok).toBe(false);
    expect(store.getState().notice).toMatchObject({
      tone: 'error',
      message: { key: 'error.quota' },
    });
    expect((await db.activities.get(a.id))?.title).toBe(a.title);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('undoing every step of any edit sequence restores the database exactly', async () => {
    const before = await db.activities.toArray();
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            index: fc.nat(),
            op: fc.constantFrom('title', 'hours', 'delete', 'add'),
            text: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
            hours: fc.integer({ min: 0, max: 5000 }),
          }),
          { maxLength: 8 },
        ),
        async (steps) => {
          for (const s of steps) {
            clock += 10_000;
            const list = store.getState().data!.activities;
            const a = list[s.index % list.length]!;
            if (s.op === 'title') await store.getState().updateActivity(a.id, { title: s.text });
            else if (s.op === 'hours')
              await store.getState().updateActivity(a.id, {
                allocations: a.allocations.map((x) => ({ ...x, hours: s.hours as typeof x.hours })),
              });
            else if (s.op === 'delete') await store.getState().deleteActivity(a.id);
            else await store.getState().addActivity();
            await reload();
          }
          while (store.getState().history.past.length > 0) await store.getState().undo();
          await reload();
          const after = await db.activities.toArray();
          const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id);
          expect([...after].sort(byId)).toEqual([...before].sort(byId));
        },
      ),
      { numRuns: 15 },
    );
  });
});
