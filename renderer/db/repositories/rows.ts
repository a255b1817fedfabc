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

import { ROW_SCHEMAS } from './schemas';
import { parseCachedRow, rememberWritten } from './row-cache';

export { ROW_SCHEMAS };

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
  return row === undefined ? null : parseCachedRow(db, table, row);
}

/** The field-level changes a set of whole-row changes makes (rows that end as they began drop out). */
export function changesToDeltas(changes: readonly Change[]): RowDelta[] {
  return changes.flatMap((c) => diffRow(c.table, c.key, c.before, c.after) ?? []);
}

/** Progress of a long write: activities written so far of all it writes (an import; `withWriteProgress`). */
export type WriteProgress = (done: number, total: number) => void;

const progressOf = new WeakMap<KoersDb, WriteProgress>();

/**
 * Runs `job` with `report` told how far every `applyDeltas` of this connection has come (an
 * import's writing phase on the Data screen). Nothing else changes.
 */
export async function withWriteProgress<T>(
  db: KoersDb,
  report: WriteProgress,
  job: () => Promise<T>,
): Promise<T> {
  progressOf.set(db, report);
  try {
    return await job();
  } finally {
    progressOf.delete(db);
  }
}

/** Deltas checked per step; each step's rows are written before the next (the page can paint). */
const WRITE_CHUNK = 1000;

/**
 * Applies row changes to the database, inside the caller's transaction. `exact` writes them as
 * they are (a new step, read in the same transaction); `checked` (undo, redo) changes a field
 * only where it still holds the value the step expects, so another window's later edit stays.
 * Every row written is parsed by its table's schema: what the file reader refuses is never stored.
 * Rows are read with one `bulkGet` and written with `bulkPut` / `bulkDelete` per table (an import
 * of 20.000 rows is a few requests, not 40.000); deltas of one key apply in order, each seeing
 * the one before, as if written one by one.
 */
export async function applyDeltas(
  db: KoersDb,
  deltas: readonly RowDelta[],
  mode: 'exact' | 'checked',
): Promise<{ applied: number; conflicts: number; rows: Change[] }> {
  let applied = 0;
  let conflicts = 0;
  const rows: Change[] = [];
  // Every row the deltas touch, as it stands now (null = absent): bulkGet per table, in steps.
  const current = new Map<TableName, Map<string, unknown>>();
  const keysOf = new Map<TableName, Set<string>>();
  for (const d of deltas) {
    const table = d.table as TableName;
    const keys = keysOf.get(table) ?? new Set<string>();
    keys.add(d.key);
    keysOf.set(table, keys);
  }
  for (const [table, keys] of keysOf) {
    const list = [...keys];
    // In steps of WRITE_CHUNK keys: one bulkGet of 20.000 keys made 20.000 requests in one task
    // (329 ms on the main thread during an import); each step is a task of its own.
    const found: unknown[] = [];
    for (let i = 0; i < list.length; i += WRITE_CHUNK)
      found.push(...(await db.table_(table).bulkGet(list.slice(i, i + WRITE_CHUNK))));
    const byKey = new Map<string, unknown>();
    list.forEach((k, i) => {
      const raw = found[i];
      byKey.set(k, raw === undefined ? null : parseCachedRow(db, table, raw));
    });
    current.set(table, byKey);
  }
  /** A row as it stands after the deltas so far (read from the database when not touched). */
  const rowNow = async <T extends TableName>(table: T, key: string): Promise<Rows[T] | null> => {
    const known = current.get(table);
    if (known?.has(key)) return known.get(key) as Rows[T] | null;
    return getRow(db, table, key);
  };
  /** Whether a stored version may be removed now (never changed: `after` must be null). */
  const versionMayGo = async (key: string, after: unknown): Promise<boolean> => {
    if (after !== null) return false;
    const version = await rowNow('versions', key);
    if (!version) return true;
    const programme = await rowNow('programmes', version.programmeId);
    return programme?.adoption?.versionId !== key;
  };
  let dirty = new Map<TableName, Set<string>>();
  const report = progressOf.get(db);
  const total = deltas.filter((d) => d.table === 'activities').length;
  let done = 0;
  let since = 0;
  /** Writes the rows changed since the last flush, one bulk request per table and kind. */
  const flush = async (): Promise<void> => {
    for (const [table, keys] of dirty) {
      const now = current.get(table) ?? new Map<string, unknown>();
      const gone = [...keys].filter((k) => now.get(k) === null);
      const kept = [...keys].filter((k) => now.get(k) !== null).map((k) => now.get(k));
      if (gone.length > 0) await db.table(table).bulkDelete(gone);
      if (kept.length > 0) await db.table(table).bulkPut(kept);
      for (const k of keys) rememberWritten(db, table, k, now.get(k) ?? null);
    }
    dirty = new Map();
    if (total > 0) report?.(done, total);
  };
  for (const d of deltas) {
    const table = d.table as TableName;
    // A long write goes in steps: the rows checked so far are written, and the page breathes.
    if (since >= WRITE_CHUNK) {
      since = 0;
      await flush();
    }
    since += 1;
    if (table === 'activities') done += 1;
    const before = (current.get(table)?.get(d.key) ?? null) as Rows[TableName] | null;
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
    if (table === 'versions' && before !== null && !(await versionMayGo(d.key, after))) {
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
    current.get(table)?.set(d.key, parsed);
    const keys = dirty.get(table) ?? new Set<string>();
    keys.add(d.key);
    dirty.set(table, keys);
    applied += 1;
    rows.push({ table, key: d.key, before, after: parsed } as Change);
  }
  await flush();
  return { applied, conflicts, rows };
}
