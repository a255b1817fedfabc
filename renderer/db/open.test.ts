import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { KoersDb, MIGRATIONS } from './koers-db';
import { OpenRefused, openDatabase, storedVersion } from './open';
import { seedIfEmpty } from './seed';

/** Every store of a database as stored, read with raw IndexedDB (no Dexie, no schema). */
async function rawDump(name: string): Promise<{ version: number; text: string }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open(name);
    r.onsuccess = () => {
      resolve(r.result);
    };
    r.onerror = () => {
      reject(r.error ?? new Error('open'));
    };
  });
  const out: Record<string, unknown> = {};
  for (const store of [...db.objectStoreNames].sort()) {
    out[store] = await new Promise((resolve, reject) => {
      const r = db.transaction(store).objectStore(store).getAll();
      r.onsuccess = () => {
        resolve(r.result);
      };
      r.onerror = () => {
        reject(r.error ?? new Error('read'));
      };
    });
  }
  const version = db.version;
  db.close();
  return { version, text: JSON.stringify(out) };
}

describe('opening the database', () => {
  it('refuses a database written by a newer Koers, names both versions and changes nothing', async () => {
    const name = `newer-${Math.random()}`;
    const newest = MIGRATIONS.length;
    // A newer Koers: one more version with a table and a field this version does not know.
    const newer = new KoersDb(name, newest);
    newer.version(newest + 1).stores({ later: 'id' });
    await newer.open();
    await seedIfEmpty(newer, createDemoData());
    const first = (await newer.activities.toCollection().first())!;
    await newer.table('activities').put({ ...first, laterField: 'van een nieuwere Koers' });
    await newer.table('later').put({ id: 'x', note: 'alleen in de nieuwe versie' });
    newer.close();
    const before = await rawDump(name);
    expect(before.version).toBe((newest + 1) * 10);

    const { host, backups } = memoryHost();
    const opening = openDatabase(host, () => undefined, name);
    await expect(opening).rejects.toBeInstanceOf(OpenRefused);
    await expect(opening).rejects.toThrow(
      `Deze database is geschreven door een nieuwere Koers (schemaversie ${newest + 1}); deze versie kent versie ${newest} en ouder. Er is niets gewijzigd.`,
    );
    const after = await rawDump(name);
    expect(after.version).toBe(before.version);
    expect(after.text).toBe(before.text);
    expect(after.text).toContain('van een nieuwere Koers');
    expect(backups.size).toBe(0);
    indexedDB.deleteDatabase(name);
  });

  it('opens the current version and, when there is none, creates it with the demo', async () => {
    const name = `fresh-${Math.random()}`;
    expect(await storedVersion(name)).toBeNull();
    // Looking did not leave an empty database behind.
    expect((await indexedDB.databases()).some((d) => d.name === name)).toBe(false);
    const db = await openDatabase(memoryHost().host, () => undefined, name);
    expect(db.verno).toBe(MIGRATIONS.length);
    expect(await db.activities.count()).toBeGreaterThan(0);
    db.close();
    expect(await storedVersion(name)).toBe(MIGRATIONS.length);
    await new KoersDb(name).delete();
  });
});
