import type { z } from 'zod';
import {
  Activity,
  Domain,
  Mjp,
  Organisation,
  Programme,
  Team,
  Theme,
} from '../../../shared/domain/schemas';
import { parseStored } from '../../../shared/domain/text';
import type { KoersDb, Rows, TableName } from '../koers-db';

/** The schema that every row of a table is parsed with on read. */
export const ROW_SCHEMAS: { [T in TableName]: z.ZodType<Rows[T]> } = {
  organisations: Organisation,
  mjps: Mjp,
  themes: Theme,
  domains: Domain,
  teams: Team,
  programmes: Programme,
  activities: Activity,
};

/** One row's change: what it was and what it becomes (null = absent). Undo swaps the two. */
export type Change = {
  [T in TableName]: { table: T; key: string; before: Rows[T] | null; after: Rows[T] | null };
}[TableName];

/**
 * Parses rows read from a table; a row that fails its schema is an error, never passed on (text
 * stored before the character rule is repaired on read, see `parseStored`).
 */
export function parseRows<T extends TableName>(table: T, rows: readonly unknown[]): Rows[T][] {
  const schema = ROW_SCHEMAS[table];
  return rows.map((r) => parseStored(schema, r));
}

/** Reads one row by key, parsed; null when absent. */
export async function getRow<T extends TableName>(
  db: KoersDb,
  table: T,
  key: string,
): Promise<Rows[T] | null> {
  const row: unknown = await db.table_(table).get(key);
  return row === undefined ? null : parseStored(ROW_SCHEMAS[table], row);
}

/**
 * Writes a set of changes in one transaction: each row becomes its `after` (deleted when null).
 * This is the only way Koers writes entities, so every edit can be undone by its inverse.
 */
export async function applyChanges(db: KoersDb, changes: readonly Change[]): Promise<void> {
  const tables = [...new Set(changes.map((c) => c.table))].map((t) => db.table(t));
  if (tables.length === 0) return;
  await db.transaction('rw', tables, async () => {
    for (const c of changes) {
      const table = db.table(c.table);
      if (c.after === null) await table.delete(c.key);
      else await table.put(ROW_SCHEMAS[c.table].parse(c.after));
    }
  });
}

/** The inverse of a change set: applied, it restores what was there before. */
export function invertChanges(changes: readonly Change[]): Change[] {
  return [...changes].reverse().map((c) => ({ ...c, before: c.after, after: c.before }) as Change);
}
