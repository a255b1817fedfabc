import type { DemoData } from '../../shared/demo/inspectie-jenv';
import type { KoersDb } from './koers-db';
import { ROW_SCHEMAS } from './repositories/rows';

/**
 * Fills an empty database with the demo organisation, once. The emptiness check and the
 * writes share one transaction, so two windows starting together cannot both seed.
 * Returns true when it seeded.
 */
export async function seedIfEmpty(db: KoersDb, demo: DemoData): Promise<boolean> {
  return db.transaction(
    'rw',
    [db.organisations, db.mjps, db.themes, db.domains, db.teams, db.programmes, db.activities],
    async () => {
      if ((await db.organisations.count()) > 0) return false;
      await db.organisations.add(ROW_SCHEMAS.organisations.parse(demo.organisation));
      await db.mjps.bulkAdd(demo.mjps.map((r) => ROW_SCHEMAS.mjps.parse(r)));
      await db.themes.bulkAdd(demo.themes.map((r) => ROW_SCHEMAS.themes.parse(r)));
      await db.domains.bulkAdd(demo.domains.map((r) => ROW_SCHEMAS.domains.parse(r)));
      await db.teams.bulkAdd(demo.teams.map((r) => ROW_SCHEMAS.teams.parse(r)));
      await db.programmes.bulkAdd(demo.programmes.map((r) => ROW_SCHEMAS.programmes.parse(r)));
      await db.activities.bulkAdd(demo.activities.map((r) => ROW_SCHEMAS.activities.parse(r)));
      return true;
    },
  );
}
