import type { ProgrammeBundle } from '../../shared/file/programme-file';
import { rowsOfBundles } from '../../shared/domain/tables';
import { TABLE_NAMES, type KoersDb } from './koers-db';

/** The format name inside a database copy, so nobody mistakes it for a programme file. */
export const DATABASE_COPY_FORMAT = 'koers-databasekopie';

/**
 * Every row of every table exactly as stored, without parsing: the way out when rows no longer
 * fit the schema (a programme file would refuse them), so nothing in the database is lost.
 */
export async function databaseCopy(db: KoersDb, exportedAt: string): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  return `${JSON.stringify(
    { format: DATABASE_COPY_FORMAT, schemaVersion: db.verno, exportedAt, tables },
    null,
    1,
  )}\n`;
}

/**
 * Makes the entity tables equal to a bundle (every row absent from it is removed), in one
 * transaction: if any write fails, nothing changes. Used to restore when the rows cannot be read.
 */
export async function replaceDatabase(
  db: KoersDb,
  bundles: readonly ProgrammeBundle[],
): Promise<void> {
  const rows: Record<(typeof TABLE_NAMES)[number], readonly unknown[]> = rowsOfBundles(bundles);
  const tables = [...TABLE_NAMES.map((t) => db.table(t)), db.history];
  await db.transaction('rw', tables, async () => {
    // The undo steps speak of rows that are replaced now; they cannot be undone any more.
    await db.history.clear();
    for (const name of TABLE_NAMES) {
      await db.table(name).clear();
      await db.table(name).bulkAdd([...rows[name]]);
    }
  });
}
