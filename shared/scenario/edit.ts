import { applyFields, deepEqual } from '../delta/delta';
import { cutAmount, taakstelling, type TaskCut } from '../budget/taakstelling';
import type { ScenarioChange } from '../domain/review';
import type { Activity, Programme } from '../domain/schemas';
import { patchSnapshot, type ProgrammeSnapshot, type SnapshotRowChange } from '../domain/snapshot';
import { cents, fte } from '../domain/units';
import type { Message } from '../i18n/translate';
import { diffScenario, replayScenario, type ScenarioConflict } from './apply';

/**
 * Editing inside a scenario and taking one over (issue 12): the rows a command writes while a
 * scenario is open land in the scenario's changes, never in its base; *Overnemen* replays the
 * changes on the programme as it is now, with a person's choice for each field changed on both
 * sides. Pure: rows in, rows or a Dutch refusal out.
 */

/** A row a command wrote: the table, the key, and what it becomes (null: removed). */
export type WrittenRow = { readonly table: string; readonly key: string; readonly after: unknown };

/**
 * The scenario's changes after a command wrote `rows` into its snapshot: the rows put into the
 * snapshot, and the changes from the base to that recomputed (`diffScenario`). A row outside the
 * scenario's reach (another table, another programme's row) is refused with a Dutch message:
 * the command would otherwise change the programme itself.
 */
export function editInScenario(
  base: ProgrammeSnapshot,
  shown: ProgrammeSnapshot,
  rows: readonly WrittenRow[],
): { ok: true; changes: ScenarioChange[] } | { ok: false; error: Message } {
  const programmeId = shown.programme.id;
  for (const r of rows) {
    const inside =
      (r.table === 'programmes' && r.key === programmeId) ||
      (r.table === 'activities' &&
        (r.after === null
          ? shown.activities.some((a) => a.id === r.key)
          : (r.after as Activity).programmeId === programmeId));
    if (!inside) return { ok: false, error: { key: 'scenario.outside' } };
    // Adopting or closing happens to the programme itself, never inside a scenario.
    if (r.table === 'programmes') {
      const after = r.after as Programme | null;
      const { adoption, closedOn } = shown.programme;
      if (!after || !deepEqual(after.adoption, adoption) || after.closedOn !== closedOn)
        return { ok: false, error: { key: 'scenario.lifeCycle' } };
    }
  }
  const edited = patchSnapshot(shown, rows as readonly SnapshotRowChange[]);
  return { ok: true, changes: diffScenario(base, edited) };
}

/** A person's choice for one conflict: keep the programme's value, or take the scenario's. */
export type ConflictChoice = 'programme' | 'scenario';

/** The key of a conflict, to hold a person's choice for it. */
export function conflictKey(c: Pick<ScenarioConflict, 'table' | 'key' | 'path'>): string {
  return JSON.stringify([c.table, c.key, c.path]);
}

/**
 * What taking a scenario over does to the programme as it is now: the rows to write (the
 * programme and activities that change, before and after), and the conflicts (a field changed on
 * both sides since the scenario was made). A conflict the person chose 'scenario' for takes the
 * scenario's value; any other keeps the programme's. A field whose row is gone stays gone.
 */
export function promoteRows(
  current: ProgrammeSnapshot,
  changes: readonly ScenarioChange[],
  choices: ReadonlyMap<string, ConflictChoice> = new Map(),
): {
  readonly rows: readonly {
    table: 'programmes' | 'activities';
    key: string;
    before: Programme | Activity | null;
    after: Programme | Activity | null;
  }[];
  readonly conflicts: readonly ScenarioConflict[];
} {
  const replay = replayScenario(current, changes);
  let target = replay.snapshot;
  const taken = replay.conflicts.filter((c) => choices.get(conflictKey(c)) === 'scenario');
  if (taken.length > 0) {
    const put: SnapshotRowChange[] = [];
    const rowOf = (table: string, key: string): Programme | Activity | null => {
      const written = put.findLast((p) => p.table === table && p.key === key);
      if (written) return written.after as Programme | Activity | null;
      if (table === 'programmes') return target.programmes.find((p) => p.id === key) ?? null;
      return target.activities.find((a) => a.id === key) ?? null;
    };
    for (const c of taken) {
      const row = rowOf(c.table, c.key);
      if (c.path.length === 0) {
        put.push({ table: c.table, key: c.key, after: c.after } as SnapshotRowChange);
      } else if (row !== null) {
        const after = applyFields(row, [{ path: c.path, before: c.now, after: c.after }]);
        put.push({ table: c.table, key: c.key, after } as SnapshotRowChange);
      }
    }
    target = patchSnapshot(target, put);
  }
  const rows = diffScenario(current, target).map((d) => {
    const before =
      d.table === 'programmes'
        ? (current.programmes.find((p) => p.id === d.key) ?? null)
        : (current.activities.find((a) => a.id === d.key) ?? null);
    const after =
      d.table === 'programmes'
        ? (target.programmes.find((p) => p.id === d.key) ?? null)
        : (target.activities.find((a) => a.id === d.key) ?? null);
    return { table: d.table, key: d.key, before, after };
  });
  return { rows, conflicts: replay.conflicts };
}

/**
 * The taakstelling as a scenario: the frame lowered by the cut, and the staffing the deficit it
 * causes pays for taken from the teams in proportion to their staffing (the chain of
 * `taakstelling`), so the line inside the scenario shows what falls below. Null without a cost
 * model (nothing to find the deficit in): then only the frame goes down.
 */
export function taskCutChanges(base: ProgrammeSnapshot, cut: TaskCut): ScenarioChange[] {
  const p = base.programme;
  const chain = taakstelling(p, base.activities, cut);
  const frameAfter = cents(p.budget.frameCents - cutAmount(p.budget.frameCents, cut));
  const byTeam = new Map((chain?.byTeam ?? []).map((b) => [b.teamId, b.fte]));
  const programme: Programme = {
    ...p,
    budget: { ...p.budget, frameCents: frameAfter },
    capacity: {
      ...p.capacity,
      teams: p.capacity.teams.map((t) => {
        const less = byTeam.get(t.teamId) ?? 0;
        if (less <= 0) return t;
        return { ...t, staffedFte: fte(Math.max(0, round2(t.staffedFte - less))) };
      }),
    },
  };
  const edited = patchSnapshot(base, [{ table: 'programmes', key: p.id, after: programme }]);
  return diffScenario(base, edited);
}

/** Rounds fte to hundredths, as the organisation screen shows and stores them. */
const round2 = (n: number): number => Math.round(n * 100) / 100;

/** True when two scenarios' changes are the same (nothing to write). */
export function sameChanges(a: readonly ScenarioChange[], b: readonly ScenarioChange[]): boolean {
  return deepEqual(a, b);
}
