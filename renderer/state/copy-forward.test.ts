import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { cents, monthKey } from '../../shared/domain/units';
import { copyForwardPlan, type CopyChoices } from '../../shared/edit/copy-forward';
import { KoersDb } from '../db/koers-db';
import { loadProgrammeData } from '../db/repositories/programme-data';
import { seedIfEmpty } from '../db/seed';
import { mutationOf } from './commands/handlers';
import { copyForwardCall } from './commands/programme';
import { createKoersStore, type KoersStore } from './store';
import type { ReadRow } from './types';
import { getRow } from '../db/repositories/rows';

let db: KoersDb;
let store: KoersStore;
let counter = 0;

beforeEach(async () => {
  db = new KoersDb(`koers-copy-${String(++counter)}`);
  await db.open();
  await seedIfEmpty(db, createDemoData());
  store = createKoersStore({
    db,
    newId: () => `new-${String(++counter)}`,
    now: () => 0,
    loadSolver: () => Promise.reject(new Error('not used')),
    host: memoryHost().host,
  });
  store.getState().setData(await loadProgrammeData(db, null));
});

afterEach(async () => {
  await db.delete();
});

/** The choices the dialog makes by default as of March 2026, with a frame. */
function defaults(): CopyChoices {
  const data = store.getState().data!;
  const cutOff = monthKey('2026-03');
  return {
    cutOff,
    frameCents: cents(1_700_000_000),
    frameSource: 'Ingesteld door de gebruiker',
    carry: copyForwardPlan(data, { cutOff })
      .filter((r) => r.byDefault)
      .map((r) => r.activityId),
    mjpId: null,
    themeMap: {},
  };
}

describe('programme/copy-forward', () => {
  it('writes 2027 and its activities in one step, shows it, and one undo removes it all', async () => {
    store.getState().setFilter('text', 'toezicht');
    const result = await store.getState().copyForward(defaults());
    expect(result.ok).toBe(true);
    const made = (await db.programmes.toArray()).find((p) => p.year === 2027)!;
    expect(made.name).toBe('Werkprogramma 2027');
    expect(await db.activities.where('programmeId').equals(made.id).count()).toBe(25);
    expect(store.getState().programmeId).toBe(made.id);
    expect(store.getState().filters.text).toBe('');
    expect(store.getState().history.past).toHaveLength(1);
    await store.getState().undo();
    expect(await db.programmes.get(made.id)).toBeUndefined();
    expect(await db.activities.where('programmeId').equals(made.id).count()).toBe(0);
    expect(await db.activities.where('programmeId').equals('wp-2026').count()).toBe(39);
  });

  it('refuses a second 2027 in Dutch and writes nothing', async () => {
    await store.getState().copyForward(defaults());
    store.getState().chooseProgramme('wp-2026');
    store.getState().setData(await loadProgrammeData(db, 'wp-2026'));
    const before = await db.activities.count();
    const again = await store.getState().copyForward(defaults());
    expect(again.ok ? null : again.error.key).toBe('copy.exists');
    expect(store.getState().notice?.message.key).toBe('copy.exists');
    expect(await db.activities.count()).toBe(before);
    expect((await db.programmes.toArray()).filter((p) => p.year === 2027)).toHaveLength(1);
  });

  it('makes the same rows when the call is replayed, and nothing once they are there', async () => {
    const ids = {
      programmeId: 'wp-2027',
      activities: Object.fromEntries(
        store.getState().data!.activities.map((a) => [a.id, `2027-${a.id}`]),
      ),
    };
    const call = copyForwardCall('wp-2026', defaults(), ids);
    const read: ReadRow = (table, key) => getRow(db, table, key) as never;
    const first = await mutationOf(call)(read);
    const second = await mutationOf(call)(read);
    expect(second).toEqual(first);
    expect(first).toHaveLength(26);
    await store.getState().dispatch(call);
    expect(await mutationOf(call)(read)).toEqual([]);
  });

  it('refuses a second 2027 inside the write too (another window, a call made elsewhere)', async () => {
    const ids = (tag: string) => ({
      programmeId: `wp-2027-${tag}`,
      activities: Object.fromEntries(
        store.getState().data!.activities.map((a) => [a.id, `${tag}-${a.id}`]),
      ),
    });
    expect(
      (await store.getState().dispatch(copyForwardCall('wp-2026', defaults(), ids('a')))).ok,
    ).toBe(true);
    const again = await store
      .getState()
      .dispatch(copyForwardCall('wp-2026', defaults(), ids('b')), { quiet: true });
    expect(again.ok ? null : again.error.key).toBe('copy.exists');
    expect((await db.programmes.toArray()).filter((p) => p.year === 2027)).toHaveLength(1);
  });
});
