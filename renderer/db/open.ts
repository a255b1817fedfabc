import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { createDemoLifeCycle } from '../../shared/demo/life-cycle';
import type { HostApi } from '../../shared/contract/host-api';
import { writeProgrammeFile } from '../../shared/file/programme-file';
import { translate, type Message } from '../../shared/i18n/translate';
import { DB_NAME, KoersDb, MIGRATIONS } from './koers-db';
import { readBundles } from './repositories/bundle';
import { seedIfEmpty } from './seed';

/**
 * The schema version of the stored database, or null when there is none yet. Opens it without
 * a version (IndexedDB then opens whatever is stored, without upgrading); when nothing is
 * stored, the creation is aborted so that looking leaves no empty database behind.
 */
export function storedVersion(name: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    let created = false;
    request.onupgradeneeded = () => {
      created = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      // Dexie stores version × 10 in IndexedDB.
      resolve(created ? null : Math.round(version / 10));
    };
    request.onerror = (event) => {
      if (created) {
        event.preventDefault();
        resolve(null);
      } else reject(request.error ?? new Error(`${name} kon niet worden geopend`));
    };
    request.onblocked = () => {
      reject(new Error(`${name} is geblokkeerd door een ander venster`));
    };
  });
}

/** Opening failed while upgrading the schema; IndexedDB rolled the upgrade back. */
export class UpgradeFailed extends Error {
  override readonly name = 'UpgradeFailed';
}

/** Opening was refused before anything changed; carries the Dutch message to show. */
export class OpenRefused extends Error {
  override readonly name = 'OpenRefused';
  /** Constructs the refusal from its Dutch message. */
  constructor(readonly dutch: Message) {
    super(translate(dutch.key, dutch.params));
  }
}

/**
 * Opens the database. A database written by a newer Koers is refused untouched (this version's
 * schema would strip its newer fields). Before a schema upgrade it opens the old version and
 * writes a full backup; when that backup cannot be written, the upgrade does not start. Dexie's
 * upgrade runs in one versionchange transaction: if it throws, IndexedDB rolls back and the old
 * data stays as it was. Then it asks for persistent storage, and fills an empty database with
 * the demo organisation.
 */
export async function openDatabase(
  host: HostApi,
  onOtherWindowUpgrade: () => void,
  name: string = DB_NAME,
): Promise<KoersDb> {
  const stored = await storedVersion(name);
  if (stored !== null && stored > MIGRATIONS.length)
    throw new OpenRefused({
      key: 'error.newerDatabase',
      params: { stored, current: MIGRATIONS.length },
    });
  if (stored !== null && stored < MIGRATIONS.length) await backupBeforeUpgrade(host, name, stored);
  const db = new KoersDb(name);
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
  await seedIfEmpty(db, demoToSeed());
  return db;
}

/**
 * The demo a first start puts in: the life cycle (2026 adopted with its amendments, 2027 in
 * concept), or — when this computer's `koers-demo` setting says `concept` — the 2026 programme
 * as a concept alone (the end-to-end suite starts from it; so can a trainer).
 */
function demoToSeed() {
  let choice: string | null = null;
  try {
    choice = globalThis.localStorage.getItem('koers-demo');
  } catch {
    choice = null;
  }
  return choice === 'concept' ? createDemoData() : createDemoLifeCycle();
}

/** Writes the full backup before an upgrade from `stored`; refuses (changing nothing) when it fails. */
async function backupBeforeUpgrade(host: HostApi, name: string, stored: number): Promise<void> {
  const refuse = (reason: string): OpenRefused =>
    new OpenRefused({
      key: 'error.upgradeBackup',
      params: { version: MIGRATIONS.length, reason },
    });
  let written: Awaited<ReturnType<HostApi['writeBackup']>>;
  try {
    const old = new KoersDb(name, stored);
    await old.open();
    let bundles: Awaited<ReturnType<typeof readBundles>>;
    try {
      bundles = await readBundles(old);
    } finally {
      old.close();
    }
    if (bundles.length === 0) return;
    written = await host.writeBackup(
      'voor-upgrade',
      writeProgrammeFile(bundles, {
        kind: 'back-up',
        exportedAt: new Date().toISOString(),
        appVersion: await host.appVersion(),
      }),
    );
  } catch (error) {
    throw refuse(error instanceof Error ? error.message : String(error));
  }
  if (!written.ok) throw refuse(translate(written.error.key, written.error.params));
}
