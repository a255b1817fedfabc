import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import highsLoader from 'highs';
import { memoryHost } from '../../tests/unit/memory-host';
import type { HostApi } from '../../shared/contract/host-api';
import { ok } from '../../shared/result';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { highsSolver } from '../../shared/planning/selection-highs';
import { KoersDb } from '../db/koers-db';
import { loadProgrammeData } from '../db/repositories/programme-data';
import { seedIfEmpty } from '../db/seed';
import { startBackups } from './start-backups';
import { createKoersStore, type KoersStore } from './store';

let db: KoersDb;
let counter = 0;
beforeEach(async () => {
  db = new KoersDb(`koers-start-backups-${counter++}`);
  await db.open();
  await seedIfEmpty(db, createDemoData());
});
afterEach(async () => {
  await db.delete();
});

/** A store over a memory host whose backup list says whether it is kept elsewhere. */
async function storeWith(elsewhere: boolean | undefined) {
  const memory = memoryHost();
  const host: HostApi = {
    ...memory.host,
    listBackups: async () => {
      const list = await memory.host.listBackups();
      return list.ok
        ? ok({ ...list.value, ...(elsewhere === undefined ? {} : { elsewhere }) })
        : list;
    },
  };
  const store: KoersStore = createKoersStore({
    db,
    newId: () => `new-${++counter}`,
    now: () => 0,
    loadSolver: async () => highsSolver(await highsLoader()),
    host,
  });
  store.getState().setData(await loadProgrammeData(db, null));
  return { store, host, memory };
}

describe('the start with backups', () => {
  it("makes the daily backup and then says, in Dutch, that backups are in the app's own folder", async () => {
    const { store, host, memory } = await storeWith(true);
    await startBackups(host, store, '2026-11-24');
    expect(memory.backups.size).toBe(1);
    expect(store.getState().notice?.message).toEqual({ key: 'data.backupsElsewhere' });
    expect(store.getState().notice?.tone).toBe('info');
  });

  it('says nothing of the folder when the backups are in Documents', async () => {
    const { store, host } = await storeWith(undefined);
    await startBackups(host, store, '2026-11-24');
    expect(store.getState().notice?.message).not.toEqual({ key: 'data.backupsElsewhere' });
  });
});
