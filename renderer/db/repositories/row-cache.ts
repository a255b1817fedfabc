import type { KoersDb, Rows, TableName } from '../koers-db';
import { ROW_SCHEMAS } from './schemas';
import { parseStoredRow } from './unreadable';

/**
 * One row as last read or written: the value as stored and the row it parses to. `raw` is the
 * parsed row itself when the two are structurally equal (most rows: they were written parsed),
 * so a cached row costs one object, not two.
 */
type Entry = { readonly raw: unknown; readonly parsed: unknown };

/** Per database connection, per table, the rows by id (issue 11: no re-parse of unchanged rows). */
const caches = new WeakMap<KoersDb, Map<TableName, Map<string, Entry>>>();

/** The cache of one table of one connection. */
function tableCache(db: KoersDb, table: TableName): Map<string, Entry> {
  let byTable = caches.get(db);
  if (!byTable) {
    byTable = new Map();
    caches.set(db, byTable);
  }
  let rows = byTable.get(table);
  if (!rows) {
    rows = new Map();
    byTable.set(table, rows);
  }
  return rows;
}

/**
 * Structural equality of stored values (JSON-like: plain objects, arrays, strings, numbers,
 * booleans, null). Strict: anything else (a Date, a Map, NaN, an undefined property on one side
 * only) is "different", which only costs a parse, never a stale row. No allocation, so it is far
 * cheaper than a schema parse.
 */
export function sameStored(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameStored(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const pa: unknown = Object.getPrototypeOf(a);
  const pb: unknown = Object.getPrototypeOf(b);
  if ((pa !== Object.prototype && pa !== null) || (pb !== Object.prototype && pb !== null))
    return false;
  const oa = a as Record<string, unknown>;
  const ob = b as Record<string, unknown>;
  let count = 0;
  for (const k in oa) {
    if (!Object.hasOwn(oa, k)) continue;
    count += 1;
    if (!Object.hasOwn(ob, k) || !sameStored(oa[k], ob[k])) return false;
  }
  for (const k in ob) if (Object.hasOwn(ob, k)) count -= 1;
  return count === 0;
}

/** The id of a stored row, or null when it has none (then it is parsed every time). */
const idOf = (raw: unknown): string | null => {
  if (typeof raw !== 'object' || raw === null) return null;
  const id = (raw as { id?: unknown }).id;
  return typeof id === 'string' ? id : null;
};

/**
 * Parses one stored row, returning the SAME object as the last time this connection read or
 * wrote that row when its stored value is structurally unchanged (so caches keyed by row object
 * stay valid), else parsing it again. Sound: equal stored values parse to equal rows, and a
 * changed or corrupt value is always validated (throws `UnreadableRow` as `parseRows` does).
 */
export function parseCachedRow<T extends TableName>(db: KoersDb, table: T, raw: unknown): Rows[T] {
  const id = idOf(raw);
  const cache = id === null ? null : tableCache(db, table);
  const known = id === null ? undefined : cache?.get(id);
  if (known && sameStored(raw, known.raw)) return known.parsed as Rows[T];
  const parsed = parseStoredRow(ROW_SCHEMAS[table], table, raw);
  if (cache && id !== null) cache.set(id, { raw: sameStored(raw, parsed) ? parsed : raw, parsed });
  return parsed;
}

/** Parses rows read from a table through the connection's cache (see `parseCachedRow`). */
export function parseRowsCached<T extends TableName>(
  db: KoersDb,
  table: T,
  rows: readonly unknown[],
): Rows[T][] {
  const out = new Array<Rows[T]>(rows.length);
  for (let i = 0; i < rows.length; i += 1) out[i] = parseCachedRow(db, table, rows[i]);
  return out;
}

/**
 * Records a row this connection just wrote (null: deleted). `row` is what was stored, already
 * parsed by its schema, so its echo from the database watcher finds it unchanged and keeps it.
 */
export function rememberWritten(db: KoersDb, table: TableName, key: string, row: unknown): void {
  const cache = tableCache(db, table);
  if (row === null) cache.delete(key);
  else cache.set(key, { raw: row, parsed: row });
}

/** Forgets every cached row of a connection (a test, a database deleted and made again). */
export function forgetRows(db: KoersDb): void {
  caches.delete(db);
}
