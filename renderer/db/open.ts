import { createDemoData } from '../../shared/demo/inspectie-jenv';
import type { HostApi } from '../../shared/contract/host-api';
import { writeProgrammeFile } from '../../shared/file/programme-file';
import { DB_NAME, KoersDb, MIGRATIONS } from './koers-db';
import { readBundles } from './repositories/bundle';
import { seedIfEmpty } from './seed';

/** The schema version of the stored database, or null when there is none yet. */
async function storedVersion(name: string): Promise<number | null> {
  if (typeof indexedDB.databases !== 'function') return null;
  const found = (await indexedDB.databases()).find((d) => d.name === name);
  // Dexie stores version × 10 in IndexedDB.
  return found?.version ? Math.round(found.version / 10) : null;
}

/** Opening failed while upgrading the schema; IndexedDB rolled the upgrade back. */
export class UpgradeFailed extends Error {
  override readonly name = 'UpgradeFailed';
}

/**
 * Opens the database. Before a schema upgrade it opens the old version and writes a full backup
 * (Dexie's upgrade runs in one versionchange transaction: if it throws, IndexedDB rolls back and
 * the old data stays as it was). Then it asks for persistent storage, and fills an empty
 * database with the demo organisation.
 */
export async function openDatabase(
  host: HostApi,
  onOtherWindowUpgrade: () => void,
): Promise<KoersDb> {
  const stored = await storedVersion(DB_NAME);
  if (stored !== null && stored < MIGRATIONS.length) {
    const old = new KoersDb(DB_NAME, stored);
    await old.open();
    const bundles = await readBundles(old);
    old.close();
    if (bundles.length > 0)
      await host.writeBackup(
        'voor-upgrade',
        writeProgrammeFile(bundles, {
          kind: 'back-up',
          exportedAt: new Date().toISOString(),
          appVersion: await host.appVersion(),
        }),
      );
  }
  const db = new KoersDb();
  try {
    await db.open();
  } catch (error) {
    throw new UpgradeFailed(String(error));
  }
  // Another window upgrading the schema: close, so the upgrade can go on, and say so.
  db.on('versionchange', () => {
    db.close();
    onOtherWindowUpgrade();
    return false;
  });
  if (typeof navigator !== 'undefined' && 'storage' in navigator) {
    await navigator.storage.persist().catch(() => false);
  }
  await seedIfEmpty(db, createDemoData());
  return db;
}
