import type { DemoData } from '../../shared/demo/inspectie-jenv';
import { rowsOfBundles, TABLE_NAMES } from '../../shared/domain/tables';
import type { KoersDb } from './koers-db';
import { ROW_SCHEMAS } from './repositories/rows';

/**
 * Fills an empty database with the demo organisation, once. The emptiness check and the
 * writes share one transaction, so two windows starting together cannot both seed.
 * Returns true when it seeded.
 */
export async function seedIfEmpty(db: KoersDb, demo: DemoData): Promise<boolean> {
  const rows = rowsOfBundles([demo]);
  return db.transaction(
    'rw',
    TABLE_NAMES.map((t) => db.table(t)),
    async () => {
      if ((await db.organisations.count()) > 0) return false;
      for (const table of TABLE_NAMES)
        await db.table(table).bulkAdd(rows[table].map((r) => ROW_SCHEMAS[table].parse(r)));
      return true;
    },
  );
}
