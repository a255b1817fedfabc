import type { Organisation } from '../../../shared/domain/schemas';
import {
  patchSnapshot,
  type ProgrammeSnapshot,
  type SnapshotRowChange,
} from '../../../shared/domain/snapshot';
import type { KoersDb } from '../koers-db';
import { defaultProgramme } from '../../../shared/domain/programme';
import { parseRowsCached } from './row-cache';

/** Everything one programme screen needs: the programme snapshot (`shared/domain/snapshot.ts`). */
export type ProgrammeData = ProgrammeSnapshot;

/**
 * The loaded data with rows just written put in: what `patchSnapshot` gives, in time linear in
 * the rows and the changes (an import of 20.000 rows would cost `patchSnapshot` a filter of the
 * whole list per row). A few changes go through `patchSnapshot` itself.
 */
export function patchProgrammeData(
  data: ProgrammeData,
  rows: readonly SnapshotRowChange[],
): ProgrammeData {
  if (rows.length <= 16) return patchSnapshot(data, rows);
  const byTable = new Map<string, SnapshotRowChange[]>();
  // Pushed, never copied: a copy per row made grouping 20.000 rows quadratic (~130 ms).
  for (const c of rows) {
    const group = byTable.get(c.table);
    if (group) group.push(c);
    else byTable.set(c.table, [c]);
  }
  const list = <T extends { id: string }>(
    old: readonly T[],
    table: SnapshotRowChange['table'],
    belongs: (row: T) => boolean,
  ): readonly T[] => patchList(old, byTable.get(table) ?? [], belongs);
  const orgId = data.organisation.id;
  const programmes = [
    ...list(data.programmes, 'programmes', (p) => p.organisationId === orgId),
  ].sort((a, b) => b.year - a.year);
  const programme = programmes.find((p) => p.id === data.programme.id) ?? data.programme;
  const mjps = list(data.mjps, 'mjps', (m) => m.organisationId === orgId);
  const mjpIds = new Set<string>(mjps.map((m) => m.id));
  const sameMjp = new Set<string>(
    programmes.filter((p) => p.mjpId === programme.mjpId && p.id !== programme.id).map((p) => p.id),
  );
  const org = rows.find((c) => c.table === 'organisations' && c.key === orgId)?.after;
  return {
    organisation: (org as Organisation | null | undefined) ?? data.organisation,
    programme,
    programmes,
    mjps,
    themes: list(data.themes, 'themes', (t) => mjpIds.has(t.mjpId)),
    domains: [...list(data.domains, 'domains', (d) => d.organisationId === orgId)].sort(
      (a, b) => a.order - b.order,
    ),
    teams: [...list(data.teams, 'teams', (t) => t.organisationId === orgId)].sort(
      (a, b) => a.order - b.order,
    ),
    activities: list(data.activities, 'activities', (a) => a.programmeId === programme.id),
    mjpActivities: list(data.mjpActivities, 'activities', (a) => sameMjp.has(a.programmeId)),
  };
}

/**
 * A list with changes of its table applied in order, as `patchSnapshot` does one by one: a row
 * still there is replaced in place, one that leaves goes, one that (re)enters goes last.
 */
function patchList<T extends { id: string }>(
  old: readonly T[],
  changes: readonly SnapshotRowChange[],
  belongs: (row: T) => boolean,
): readonly T[] {
  if (changes.length === 0) return old;
  type State = { at: 'orig' | 'added' | 'gone'; row: T | null; seq: number };
  const state = new Map<string, State>();
  for (const row of old) state.set(row.id, { at: 'orig', row, seq: 0 });
  let seq = 0;
  for (const c of changes) {
    const after = c.after as T | null;
    const was = state.get(c.key);
    if (after === null || !belongs(after)) {
      if (was) state.set(c.key, { at: 'gone', row: null, seq: 0 });
    } else if (was && was.at !== 'gone') state.set(c.key, { ...was, row: after });
    else state.set(c.key, { at: 'added', row: after, seq: (seq += 1) });
  }
  const out: T[] = [];
  for (const row of old) {
    const s = state.get(row.id);
    if (s?.at === 'orig' && s.row) out.push(s.row);
  }
  const added = [...state.values()].filter((s) => s.at === 'added').sort((a, b) => a.seq - b.seq);
  for (const s of added) if (s.row) out.push(s.row);
  return out;
}

/**
 * Reads a programme with its organisation's MJPs, themes, domains and teams, all parsed; a row
 * read before and unchanged since is the same object (`parseRowsCached`), so an echo of a write
 * costs no parse and caches keyed by row object stay valid.
 * Without an id (or an unknown one, and none of `fallbacks`, newest last), the default programme (the one in force, else the newest). Null when the database holds no programme.
 * Read in one transaction, so it is the data as it stood at one moment: read table by table, a
 * write committing in between (an import of 20.000 rows) gave the old programme with the new
 * activities, which the screens showed and planned before the next read put it right.
 */
export function loadProgrammeData(
  db: KoersDb,
  programmeId: string | null,
  fallbacks: readonly string[] = [],
): Promise<ProgrammeData | null> {
  const tables = [db.programmes, db.organisations, db.mjps, db.themes, db.domains, db.teams];
  return db.transaction('r', [...tables, db.activities], () =>
    readProgrammeData(db, programmeId, fallbacks),
  );
}

/** `loadProgrammeData` inside its transaction. */
async function readProgrammeData(
  db: KoersDb,
  programmeId: string | null,
  fallbacks: readonly string[],
): Promise<ProgrammeData | null> {
  const programmes = parseRowsCached(db, 'programmes', await db.programmes.toArray()).sort(
    (a, b) => b.year - a.year,
  );
  // The one asked for; when it is gone, the last one chosen before it that is still there.
  const programme =
    [programmeId, ...[...fallbacks].reverse()]
      .map((id) => programmes.find((p) => p.id === id))
      .find((p) => p !== undefined) ?? defaultProgramme(programmes);
  if (!programme) return null;
  const orgId = programme.organisationId;
  const [org, mjps, domains, teams, activities] = await Promise.all([
    db.organisations.get(orgId),
    db.mjps.where('organisationId').equals(orgId).toArray(),
    db.domains.where('organisationId').equals(orgId).toArray(),
    db.teams.where('organisationId').equals(orgId).toArray(),
    db.activities.where('programmeId').equals(programme.id).toArray(),
  ]);
  if (!org) return null;
  const parsedMjps = parseRowsCached(db, 'mjps', mjps);
  const sameMjp = programmes.filter((p) => p.mjpId === programme.mjpId && p.id !== programme.id);
  const themes = await db.themes
    .where('mjpId')
    .anyOf(parsedMjps.map((m) => m.id))
    .toArray();
  return {
    organisation: parseRowsCached(db, 'organisations', [org])[0] as Organisation,
    programme,
    programmes: programmes.filter((p) => p.organisationId === orgId),
    mjps: parsedMjps,
    themes: parseRowsCached(db, 'themes', themes),
    domains: parseRowsCached(db, 'domains', domains).sort((a, b) => a.order - b.order),
    teams: parseRowsCached(db, 'teams', teams).sort((a, b) => a.order - b.order),
    activities: parseRowsCached(db, 'activities', activities),
    mjpActivities: parseRowsCached(
      db,
      'activities',
      await db.activities
        .where('programmeId')
        .anyOf(sameMjp.map((p) => p.id))
        .toArray(),
    ),
  };
}

/**
 * Whether two lists hold the very same objects, each once, in any order. Rows patched in go last
 * (`patchProgrammeData`) while the database reads them in key order: the same rows all the same.
 */
export function sameRows(old: readonly unknown[], next: readonly unknown[]): boolean {
  if (old.length !== next.length) return false;
  let i = 0;
  while (i < old.length && old[i] === next[i]) i += 1;
  if (i === old.length) return true;
  const rest = new Set(old.slice(i));
  if (rest.size !== old.length - i) return false;
  for (let j = i; j < next.length; j += 1) if (!rest.delete(next[j])) return false;
  return rest.size === 0;
}

/**
 * `next` with every part that holds the same rows as in `prev` (the same objects, in whatever
 * order, see `sameRows`) taken from `prev`; `prev` itself when nothing changed. The database
 * watcher's echo of a write this window already patched in is then the loaded data itself, so
 * nothing derived from it (the plan, cached per snapshot) is computed again: an import's 20.000
 * rows came back in key order, not in the order patched in, and were planned a second time.
 */
export function sharedProgrammeData(
  prev: ProgrammeData | null,
  next: ProgrammeData | null,
): ProgrammeData | null {
  if (prev === null || next === null || prev === next) return next;
  const before = prev as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  let same = Object.keys(before).length === Object.keys(next).length;
  for (const [key, value] of Object.entries(next)) {
    const old = before[key];
    const kept =
      old === value || (Array.isArray(old) && Array.isArray(value) && sameRows(old, value));
    out[key] = kept ? old : value;
    if (!kept) same = false;
  }
  return same ? prev : (out as ProgrammeData);
}
