import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { fail } from '../../shared/result';
import { dumpDatabase } from './repositories/bundle';
import { seedIfEmpty } from './seed';
import type { Dexie } from 'dexie';
import type * as KoersDbModule from './koers-db';

/**
 * A world with one schema version more than today (whatever today's newest is), so the upgrade
 * path of `openDatabase` runs: the extra version marks every organisation, which shows whether
 * the upgrade ran.
 */
vi.mock('./koers-db', async (importOriginal) => {
  const real = await importOriginal<typeof KoersDbModule>();
  const released = real.MIGRATIONS.length;
  const next = (db: Dexie): void => {
    db.version(released + 1)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('organisations')
          .toCollection()
          .modify((o: Record<string, unknown>) => {
            o['upgraded'] = true;
          }),
      );
  };
  class NextKoersDb extends real.KoersDb {
    constructor(name: string = real.DB_NAME, upTo: number = released + 1) {
      super(name, Math.min(upTo, released));
      if (upTo > released) next(this);
    }
  }
  return { ...real, KoersDb: NextKoersDb, MIGRATIONS: [...real.MIGRATIONS, next] };
});

const { KoersDb, MIGRATIONS } = await import('./koers-db');
const { OpenRefused, openDatabase, storedVersion } = await import('./open');

/** A database at the version before the newest, with the demo in it. */
async function previousVersion(): Promise<{ name: string; before: string }> {
  const name = `pre-upgrade-${Math.random()}`;
  const old = new KoersDb(name, MIGRATIONS.length - 1);
  await old.open();
  await seedIfEmpty(old, createDemoData());
  const before = await dumpDatabase(old);
  old.close();
  return { name, before };
}

/** The database as stored now, opened at the version it has. */
async function dumpAt(name: string, version: number): Promise<string> {
  const db = new KoersDb(name, version);
  await db.open();
  const text = await dumpDatabase(db);
  db.close();
  return text;
}

describe('the backup before a schema upgrade', () => {
  it('is written first, then the upgrade runs', async () => {
    const { name } = await previousVersion();
    const { host, backups } = memoryHost();
    const db = await openDatabase(host, () => undefined, name);
    expect(db.verno).toBe(MIGRATIONS.length);
    expect([...backups.keys()].some((k) => k.includes('voor-upgrade'))).toBe(true);
    expect((await db.organisations.toArray()).every((o) => 'upgraded' in o)).toBe(true);
    await db.delete();
  });

  it('stops the upgrade, in Dutch, when the host refuses the backup', async () => {
    const { name, before } = await previousVersion();
    const { host } = memoryHost();
    host.writeBackup = () =>
      Promise.resolve(fail({ key: 'error.backupWrite', params: { file: 'x.koers.json' } }));
    const opening = openDatabase(host, () => undefined, name);
    await expect(opening).rejects.toBeInstanceOf(OpenRefused);
    await expect(opening).rejects.toThrow(
      `De database is niet bijgewerkt naar schemaversie ${MIGRATIONS.length}: de back-up vooraf kon niet worden gemaakt (De back-up x.koers.json kon niet worden geschreven.). Er is niets gewijzigd.`,
    );
    expect(await storedVersion(name)).toBe(MIGRATIONS.length - 1);
    expect(await dumpAt(name, MIGRATIONS.length - 1)).toBe(before);
    indexedDB.deleteDatabase(name);
  });

  it('stops the upgrade when writing the backup throws', async () => {
    const { name, before } = await previousVersion();
    const { host } = memoryHost();
    host.writeBackup = () => Promise.reject(new Error('schijf vol'));
    await expect(openDatabase(host, () => undefined, name)).rejects.toThrow(
      /niet bijgewerkt.*\(schijf vol\)\. Er is niets gewijzigd\./,
    );
    expect(await storedVersion(name)).toBe(MIGRATIONS.length - 1);
    expect(await dumpAt(name, MIGRATIONS.length - 1)).toBe(before);
    indexedDB.deleteDatabase(name);
  });
});
