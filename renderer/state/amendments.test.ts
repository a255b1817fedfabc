import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { adoptedBundle } from '../../shared/demo/life-cycle';
import { KoersDb } from '../db/koers-db';
import { loadProgrammeData } from '../db/repositories/programme-data';
import { seedIfEmpty } from '../db/seed';
import { setField } from './commands/calls';
import { createKoersStore, type KoersStore } from './store';
import { Journal, memoryStorage } from './journal';
import highsLoader from 'highs';
import { highsSolver } from '../../shared/planning/selection-highs';

let db: KoersDb;
let store: KoersStore;
let counter = 0;
const demo = createDemoData();
const programme = demo.programmes[0]!;
const activity = demo.activities[0]!;

/** The demo with its programme adopted on 9 October 2025 (a version of it as it is). */
function adopted() {
  return adoptedBundle(demo, programme.id, {
    id: 'v-adopted',
    name: 'Vastgesteld',
    note: '',
    savedAt: '2025-10-09T10:00:00.000Z',
    author: 'Strategie',
    on: '2025-10-09',
  }).bundle;
}

beforeEach(async () => {
  db = new KoersDb(`koers-amend-${String(++counter)}`);
  await db.open();
  await seedIfEmpty(db, adopted());
  store = createKoersStore({
    db,
    newId: () => `new-${String(++counter)}`,
    now: () => Date.UTC(2026, 2, 3, 9, 30),
    loadSolver: async () => highsSolver(await highsLoader()),
    host: memoryHost().host,
    author: () => 'Anna de Vries',
  });
  store.getState().setData(await loadProgrammeData(db, null));
});

afterEach(async () => {
  await db.delete();
});

describe('a change to an adopted programme is an amendment', () => {
  it('asks for the reason, writes change and amendment in one step, and undo removes both', async () => {
    const edit = store
      .getState()
      .dispatch(setField('activities', activity.id, ['title'], 'Nieuwe titel'));
    // The write waits for the reason; nothing is stored yet.
    await expect.poll(() => store.getState().amendmentRequest).not.toBeNull();
    expect((await db.activities.get(activity.id))!.title).toBe(activity.title);
    store.getState().amendmentRequest!.answer({
      reason: 'verzoek-ministerie',
      explanation: 'Op verzoek van de minister verbreed.',
    });
    expect((await edit).ok).toBe(true);
    expect((await db.activities.get(activity.id))!.title).toBe('Nieuwe titel');
    const [amendment, ...more] = await db.amendments.toArray();
    expect(more).toHaveLength(0);
    expect(amendment).toMatchObject({
      programmeId: programme.id,
      versionId: 'v-adopted',
      on: '2026-03-03',
      author: 'Anna de Vries',
      reason: 'verzoek-ministerie',
      explanation: 'Op verzoek van de minister verbreed.',
      activityId: activity.id,
      subject: activity.title,
    });
    expect(amendment!.changes).toEqual([
      {
        table: 'activities',
        key: activity.id,
        op: 'update',
        fields: [{ path: ['title'], before: activity.title, after: 'Nieuwe titel' }],
      },
    ]);
    // The reason stays for the next change in this window: no second question.
    expect(
      (await store.getState().dispatch(setField('activities', activity.id, ['sourceRef'], 'x'))).ok,
    ).toBe(true);
    expect(await db.amendments.count()).toBe(2);
    await store.getState().undo();
    await store.getState().undo();
    expect(await db.amendments.count()).toBe(0);
    expect((await db.activities.get(activity.id))!.title).toBe(activity.title);
    await store.getState().redo();
    expect(await db.amendments.count()).toBe(1);
  });

  it('cancelling the question changes nothing', async () => {
    const edit = store
      .getState()
      .dispatch(setField('activities', activity.id, ['title'], 'Nieuwe titel'), { quiet: true });
    await expect.poll(() => store.getState().amendmentRequest).not.toBeNull();
    store.getState().amendmentRequest!.answer(null);
    const result = await edit;
    expect(result.ok).toBe(false);
    expect((await db.activities.get(activity.id))!.title).toBe(activity.title);
    expect(await db.amendments.count()).toBe(0);
  });

  it('never changes a stored version', async () => {
    const before = await db.versions.get('v-adopted');
    const result = await store
      .getState()
      .dispatch(setField('versions', 'v-adopted', ['name'], 'Anders'), { quiet: true });
    expect(result.ok).toBe(false);
    const gone = await store.getState().undoableStep({ key: 'history.edit' }, async (read) => {
      const row = await read('versions', 'v-adopted');
      return [{ table: 'versions', key: 'v-adopted', before: row, after: null }];
    });
    expect(gone.ok).toBe(false);
    expect(await db.versions.get('v-adopted')).toEqual(before);
  });

  it('a change typed before a reload replays at the next start without waiting for a question', async () => {
    const storage = memoryStorage();
    // The page went while a field of the adopted programme held typed text (no reason given).
    new Journal(storage, 'w1', () => 1000).put('field-title', {
      call: setField('activities', activity.id, ['title'], 'Getypt'),
      label: { key: 'history.edit' },
      visit: null,
    });
    const next = createKoersStore({
      db,
      newId: () => `next-${String(++counter)}`,
      now: () => Date.UTC(2026, 2, 4, 9, 0),
      loadSolver: async () => highsSolver(await highsLoader()),
      host: memoryHost().host,
      author: () => 'Anna de Vries',
      owner: 'w1',
      journal: new Journal(storage, 'w1', () => 2000),
    });
    await next.getState().recover();
    expect(next.getState().amendmentRequest).toBeNull();
    expect((await db.activities.get(activity.id))!.title).toBe('Getypt');
    const [amendment] = await db.amendments.toArray();
    expect(amendment).toMatchObject({ reason: 'overig', activityId: activity.id });
    // Nothing is left to replay at the start after that.
    expect(new Journal(storage, 'w1').takeLeftovers(new Set())).toEqual([]);
  });

  it('a field typed back to what it was leaves no amendment behind', async () => {
    store.getState().setAmendReason({ reason: 'overig', explanation: 'Proef' });
    const visit = 'title-visit';
    await store
      .getState()
      .dispatch(setField('activities', activity.id, ['title'], 'Andere'), { visit });
    expect(await db.amendments.count()).toBe(1);
    await store
      .getState()
      .dispatch(setField('activities', activity.id, ['title'], activity.title), { visit });
    expect(await db.amendments.count()).toBe(0);
    await store.getState().undo();
    expect(await db.amendments.count()).toBe(0);
    expect((await db.activities.get(activity.id))!.title).toBe(activity.title);
  });

  it('an activity moved into the adopted programme is an amendment of it', async () => {
    store.getState().setAmendReason({ reason: 'overig', explanation: 'Proef' });
    const other = { ...programme, id: 'wp-other', year: 2030, adoption: null, name: 'Ander' };
    await db.programmes.put(other as never);
    const moved = { ...activity, id: 'act-moved', programmeId: 'wp-other' };
    await db.activities.put(moved as never);
    await store
      .getState()
      .dispatch(setField('activities', 'act-moved', ['programmeId'], programme.id));
    const [amendment, ...more] = await db.amendments.toArray();
    expect(more).toHaveLength(0);
    expect(amendment).toMatchObject({ programmeId: programme.id, activityId: 'act-moved' });
  });

  it('a step that changes two adopted programmes amends each of them, and undo removes both', async () => {
    store.getState().setAmendReason({ reason: 'overig', explanation: 'Proef' });
    const second = {
      ...programme,
      id: 'wp-b',
      year: 2031,
      name: 'Ander',
      adoption: { versionId: 'v-adopted', on: '2030-10-01' },
    };
    await db.programmes.put(second as never);
    const theirs = { ...activity, id: 'act-b', programmeId: 'wp-b' };
    await db.activities.put(theirs as never);
    const result = await store.getState().undoableStep({ key: 'history.edit' }, async (read) => {
      const a = (await read('activities', activity.id))!;
      const b = (await read('activities', 'act-b'))!;
      return [
        { table: 'activities', key: a.id, before: a, after: { ...a, title: 'A nieuw' } },
        { table: 'activities', key: b.id, before: b, after: { ...b, title: 'B nieuw' } },
      ];
    });
    expect(result.ok).toBe(true);
    const amendments = await db.amendments.toArray();
    expect(amendments.map((a) => a.programmeId).sort()).toEqual([programme.id, 'wp-b'].sort());
    for (const a of amendments) expect(a.changes).toHaveLength(1);
    await store.getState().undo();
    expect(await db.amendments.count()).toBe(0);
  });

  it('a reason holds for its subject: another activity asks again, offering the last reason', async () => {
    const other = demo.activities[1]!;
    const first = store
      .getState()
      .dispatch(setField('activities', activity.id, ['title'], 'Eerste'));
    await expect.poll(() => store.getState().amendmentRequest).not.toBeNull();
    const given = { reason: 'incident' as const, explanation: 'Na het incident.' };
    store.getState().amendmentRequest!.answer(given);
    await first;
    // The same activity again: no question.
    await store.getState().dispatch(setField('activities', activity.id, ['sourceRef'], 'x'));
    expect(await db.amendments.count()).toBe(2);
    // Another activity: asked again, with the last reason offered.
    const second = store.getState().dispatch(setField('activities', other.id, ['title'], 'Twee'));
    await expect.poll(() => store.getState().amendmentRequest).not.toBeNull();
    expect(store.getState().amendmentRequest!.previous).toEqual(given);
    store.getState().amendmentRequest!.answer(given);
    expect((await second).ok).toBe(true);
    expect(await db.amendments.count()).toBe(3);
  });
});
