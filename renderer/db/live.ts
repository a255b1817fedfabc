import { Dexie, liveQuery, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { KoersDb, TableName } from './koers-db';
import {
  loadProgrammeData,
  patchProgrammeData,
  type ProgrammeData,
} from './repositories/programme-data';
import { parseCachedRow, parseRowsCached } from './repositories/row-cache';
import type { Version } from '../../shared/domain/versions';
import type { SnapshotRowChange } from '../../shared/domain/snapshot';

/** Tables whose rows a snapshot holds and that a written row can be patched into by key. */
const PATCHED = new Set<TableName>(['activities', 'themes', 'domains', 'teams']);
/** Tables whose change can change which rows belong (the programme, its MJP): read all again. */
const STRUCTURAL = new Set<TableName>(['organisations', 'mjps', 'programmes']);
/** Above this many changed rows a full read (through the row cache) is cheaper than patching. */
const MAX_PATCHED = 500;

/** The keys of an interval tree when every range in it is one key; null when one is wider. */
export function pointKeys(tree: IntervalTree, out: Set<string> = new Set()): Set<string> | null {
  if (!('from' in tree)) return out;
  if (tree.from !== tree.to || typeof tree.from !== 'string') return null;
  out.add(tree.from);
  if (tree.l && pointKeys(tree.l, out) === null) return null;
  if (tree.r && pointKeys(tree.r, out) === null) return null;
  return out;
}

/** What a set of database changes asks of a loaded snapshot: nothing, some rows, or a full read. */
export function changedRows(
  dbName: string,
  parts: ObservabilitySet,
): 'all' | Map<TableName, Set<string>> {
  const prefix = `idb://${dbName}/`;
  const out = new Map<TableName, Set<string>>();
  for (const [part, tree] of Object.entries(parts)) {
    if (!part.startsWith(prefix)) continue;
    const [table, index] = part.slice(prefix.length).split('/') as [TableName, string];
    if (index !== '' && index !== ':dels') continue;
    if (STRUCTURAL.has(table)) return 'all';
    if (!PATCHED.has(table)) continue;
    const keys = pointKeys(tree, out.get(table) ?? new Set());
    if (keys === null) return 'all';
    out.set(table, keys);
  }
  return out;
}

/**
 * Watches a programme and everything it points to; calls back with fresh data after every
 * write, from this window or another (Dexie's `storagemutated` event, which also carries other
 * windows' writes). The first call reads everything; after that only the rows a write names are
 * read again and patched in (`patchSnapshot`), each unchanged row keeping its object, so the
 * echo of this window's own write costs a few reads, never a re-read and re-parse of every row.
 * A change to the organisation, an MJP or a programme, a range write, or many rows at once read
 * everything again (through the row cache: unchanged rows are not parsed again).
 * A promise `onData` returns is waited for before the next read is given (so data given later is
 * never overtaken by data given earlier). Returns the function that stops watching.
 */
export function watchProgrammeData(
  db: KoersDb,
  programmeId: string | null,
  onData: (data: ProgrammeData | null) => void | Promise<void>,
  onError: (error: unknown) => void,
  fallbacks: readonly string[] = [],
): () => void {
  let stopped = false;
  /** The data last given; undefined until the first full read succeeds. */
  let current: ProgrammeData | null | undefined;
  let pending: 'all' | Map<TableName, Set<string>> = 'all';
  let running = false;
  const live = (): boolean => !stopped;

  const step = async (): Promise<void> => {
    const work = pending;
    pending = new Map();
    const size = work === 'all' ? 0 : [...work.values()].reduce((n, k) => n + k.size, 0);
    if (work === 'all' || current === undefined || current === null || size > MAX_PATCHED) {
      current = await loadProgrammeData(db, programmeId, fallbacks);
      if (!stopped) await onData(current);
      return;
    }
    if (size === 0) return;
    const changes: SnapshotRowChange[] = [];
    for (const [table, keys] of work) {
      const list = [...keys];
      const found: unknown[] = await db.table(table).bulkGet(list);
      list.forEach((key, i) => {
        const raw = found[i];
        changes.push({
          table,
          key,
          after: raw === undefined ? null : parseCachedRow(db, table, raw),
        } as SnapshotRowChange);
      });
    }
    current = patchProgrammeData(current, changes);
    if (!stopped) await onData(current);
  };

  const drain = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      while (!stopped && (pending === 'all' || pending.size > 0)) {
        try {
          await step();
        } catch (error) {
          // Read everything at the next change; say what went wrong now.
          current = undefined;
          if (live()) onError(error);
          break;
        }
      }
    } finally {
      running = false;
    }
  };

  const listener = (parts: ObservabilitySet): void => {
    const changed = changedRows(db.name, parts);
    if (changed === 'all' || pending === 'all') pending = 'all';
    else
      for (const [table, keys] of changed) {
        const known = pending.get(table) ?? new Set<string>();
        for (const k of keys) known.add(k);
        pending.set(table, known);
      }
    void drain();
  };
  Dexie.on.storagemutated.subscribe(listener);
  void drain();
  return () => {
    stopped = true;
    Dexie.on.storagemutated.unsubscribe(listener);
  };
}

/**
 * Watches the saved versions (of every programme; a version is written once and may only be
 * removed), oldest first; calls back after every write. Returns the function that stops watching.
 */
export function watchVersions(
  db: KoersDb,
  onVersions: (versions: readonly Version[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const sub = liveQuery(async () =>
    parseRowsCached(db, 'versions', await db.versions.toArray()).sort((a, b) =>
      a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0,
    ),
  ).subscribe({ next: onVersions, error: onError });
  return () => {
    sub.unsubscribe();
  };
}
