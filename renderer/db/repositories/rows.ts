import type { z } from 'zod';
import { rowSchema, TABLE_NAMES } from '../../../shared/domain/tables';
import type { KoersDb, Rows, TableName } from '../koers-db';
import {
  applyFields,
  applyFieldsChecked,
  deepEqual,
  diffRow,
  type RowDelta,
} from '../../../shared/delta/delta';
import { parseStoredRow } from './unreadable';
import { Refusal } from '../../state/commands/refusal';

/** The schema that every row of a table is parsed with on read (from the table registry). */
export const ROW_SCHEMAS: { [T in TableName]: z.ZodType<Rows[T]> } = Object.fromEntries(
  TABLE_NAMES.map((t) => [t, rowSchema(t)]),
) as { [T in TableName]: z.ZodType<Rows[T]> };

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
  return rows.map((r) => parseStoredRow(schema, table, r));
}

/** Reads one row by key, parsed; null when absent. */
export async function getRow<T extends TableName>(
  db: KoersDb,
  table: T,
  key: string,
): Promise<Rows[T] | null> {
  const row: unknown = await db.table_(table).get(key);
  return row === undefined ? null : parseStoredRow(ROW_SCHEMAS[table], table, row);
}

/** The field-level changes a set of whole-row changes makes (rows that end as they began drop out). */
export function changesToDeltas(changes: readonly Change[]): RowDelta[] {
  return changes.flatMap((c) => diffRow(c.table, c.key, c.before, c.after) ?? []);
}

/** Whether a stored version may be removed now (never changed: `after` must be null). */
async function versionMayGo(db: KoersDb, key: string, after: unknown): Promise<boolean> {
  if (after !== null) return false;
  const version = await db.versions.get(key);
  if (!version) return true;
  const programme = await db.programmes.get(version.programmeId);
  return programme?.adoption?.versionId !== key;
}

/**
 * Applies row changes to the database, inside the caller's transaction. `exact` writes them as
 * they are (a new step, read in the same transaction); `checked` (undo, redo) changes a field
 * only where it still holds the value the step expects, so another window's later edit stays.
 * Every row written is parsed by its table's schema: what the file reader refuses is never stored.
 */
export async function applyDeltas(
  db: KoersDb,
  deltas: readonly RowDelta[],
  mode: 'exact' | 'checked',
): Promise<{ applied: number; conflicts: number; rows: Change[] }> {
  let applied = 0;
  let conflicts = 0;
  const rows: Change[] = [];
  for (const d of deltas) {
    const table = d.table as TableName;
    const before = await getRow(db, table, d.key);
    let after: unknown = before;
    if (d.op === 'insert') {
      if (before === null) after = d.row;
      else if (!deepEqual(before, d.row)) {
        if (mode === 'checked') conflicts += 1;
        else after = d.row;
      }
    } else if (d.op === 'delete') {
      if (before !== null) {
        if (mode === 'exact' || deepEqual(before, d.row)) after = null;
        else conflicts += 1;
      }
    } else if (before !== null) {
      if (mode === 'exact') after = applyFields(before, d.fields);
      else {
        const r = applyFieldsChecked(before, d.fields);
        after = r.row;
        conflicts += r.conflicts;
      }
    } else conflicts += 1;
    if (deepEqual(before, after)) continue;
    // A version is written once and never changed; it goes only when no programme is adopted
    // with it (undoing its own save, or a restore whose programme no longer names it).
    if (table === 'versions' && before !== null && !(await versionMayGo(db, d.key, after))) {
      if (mode === 'checked') {
        conflicts += 1;
        continue;
      }
      throw new Refusal({ key: 'version.immutable' });
    }
    let parsed: unknown = null;
    if (after !== null) {
      const checked = ROW_SCHEMAS[table].safeParse(after);
      // An undo or redo that would leave a row the rules refuse (another window changed a field
      // it depends on, e.g. a criterion's min against its max) leaves that row as it is: a
      // conflict, never a failed write that would block every undo behind it.
      if (!checked.success) {
        if (mode === 'checked') {
          conflicts += 1;
          continue;
        }
        throw checked.error;
      }
      parsed = checked.data;
    }
    if (parsed === null) await db.table(table).delete(d.key);
    else await db.table(table).put(parsed);
    applied += 1;
    rows.push({ table, key: d.key, before, after: parsed } as Change);
  }
  return { applied, conflicts, rows };
}
