import {
  applyFields,
  deepEqual,
  diffRow,
  getAt,
  type FieldChange,
  type Path,
} from '../delta/delta';
import type { ScenarioChange } from '../domain/review';
import type { Activity, Programme } from '../domain/schemas';
import { patchSnapshot, type ProgrammeSnapshot, type SnapshotRowChange } from '../domain/snapshot';

/**
 * A scenario is changes against a base snapshot (STYLE.md: deltas, not copies). These functions
 * turn the one into the other: apply the changes to a base (never altering it), the changes
 * between a base and an edited snapshot, and a replay on a base that moved on, with the fields
 * changed on both sides listed as conflicts.
 */

type Row = Programme | Activity;

/** The row of a table in a snapshot (the programme itself, or one of its activities). */
function rowIn(
  snapshot: ProgrammeSnapshot,
  table: ScenarioChange['table'],
  key: string,
): Row | null {
  if (table === 'programmes') return snapshot.programmes.find((p) => p.id === key) ?? null;
  return snapshot.activities.find((a) => a.id === key) ?? null;
}

/** One field changed on both sides: the base now holds `now`, the scenario had `before` → `after`. */
export type ScenarioConflict = {
  readonly table: ScenarioChange['table'];
  readonly key: string;
  /** The field; empty for the row as a whole (added twice, or changed but gone from the base). */
  readonly path: Path;
  readonly now: unknown;
  readonly before: unknown;
  readonly after: unknown;
};

/** What replaying a scenario on a base gives: the snapshot, and what could not be applied. */
export type Replay = {
  readonly snapshot: ProgrammeSnapshot;
  readonly conflicts: readonly ScenarioConflict[];
};

/**
 * Replays a scenario's changes on a base. A field whose value in the base is still the change's
 * `before` (or already its `after`) takes the `after`; one the base changed meanwhile is a
 * conflict and keeps the base's value, for a person to choose. On an unchanged base this is the
 * scenario itself, without conflicts.
 */
export function replayScenario(
  base: ProgrammeSnapshot,
  changes: readonly ScenarioChange[],
): Replay {
  const rows = new Map<string, SnapshotRowChange>();
  const conflicts: ScenarioConflict[] = [];
  const current = (c: ScenarioChange): Row | null => {
    const written = rows.get(`${c.table}/${c.key}`);
    return written ? (written.after as Row | null) : rowIn(base, c.table, c.key);
  };
  const put = (c: ScenarioChange, after: Row | null) =>
    rows.set(`${c.table}/${c.key}`, { table: c.table, key: c.key, after } as SnapshotRowChange);
  for (const c of changes) {
    const now = current(c);
    if (c.op === 'insert') {
      if (now !== null && !deepEqual(now, c.row))
        conflicts.push({ table: c.table, key: c.key, path: [], now, before: null, after: c.row });
      else put(c, c.row as unknown as Row);
    } else if (c.op === 'delete') {
      if (now !== null) put(c, null);
    } else if (now === null) {
      for (const f of c.fields)
        conflicts.push({ table: c.table, key: c.key, path: f.path, now: undefined, ...pair(f) });
    } else {
      let row: Row = now;
      for (const f of c.fields as readonly FieldChange[]) {
        const here = getAt(row, f.path);
        if (deepEqual(here, f.after)) continue;
        if (deepEqual(here, f.before)) row = applyFields(row, [f]);
        else conflicts.push({ table: c.table, key: c.key, path: f.path, now: here, ...pair(f) });
      }
      put(c, row);
    }
  }
  return { snapshot: rows.size === 0 ? base : patchSnapshot(base, [...rows.values()]), conflicts };
}

const pair = (f: FieldChange) => ({ before: f.before, after: f.after });

/** The scenario's snapshot: its changes applied to the base (which is never altered). */
export function applyScenario(
  base: ProgrammeSnapshot,
  changes: readonly ScenarioChange[],
): ProgrammeSnapshot {
  return replayScenario(base, changes).snapshot;
}

/**
 * The changes that turn the base into `target` (the same programme, edited): the programme row
 * and each activity added, removed or changed field by field. Applying them to the base gives
 * `target` back.
 */
export function diffScenario(base: ProgrammeSnapshot, target: ProgrammeSnapshot): ScenarioChange[] {
  const out: ScenarioChange[] = [];
  const add = (
    table: ScenarioChange['table'],
    key: string,
    before: Row | null,
    after: Row | null,
  ) => {
    const d = diffRow(table, key, before, after);
    if (d) out.push(d as ScenarioChange);
  };
  const programme = target.programme.id;
  add('programmes', programme, rowIn(base, 'programmes', programme), target.programme);
  const before = new Map<string, Activity>(base.activities.map((a) => [a.id, a]));
  const after = new Map<string, Activity>(target.activities.map((a) => [a.id, a]));
  for (const a of base.activities) if (!after.has(a.id)) add('activities', a.id, a, null);
  for (const a of target.activities) add('activities', a.id, before.get(a.id) ?? null, a);
  return out;
}
