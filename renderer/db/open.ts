import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { KoersDb } from './koers-db';
import { seedIfEmpty } from './seed';

/**
 * Opens the database, asks the browser to keep it (persistent storage is not evicted under
 * storage pressure) and fills it with the demo organisation on first start.
 */
export async function openDatabase(): Promise<KoersDb> {
  const db = new KoersDb();
  await db.open();
  // Another window upgrading the schema: close, so the upgrade can go on; reload to reopen.
  db.on('versionchange', () => {
    db.close();
    return false;
  });
  if (typeof navigator !== 'undefined' && 'storage' in navigator) {
    await navigator.storage.persist().catch(() => false);
  }
  await seedIfEmpty(db, createDemoData());
  return db;
}
