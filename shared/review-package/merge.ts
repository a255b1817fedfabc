/**
 * Reading a review package back (issue 12): a pure function from (the rows here, the rows the
 * package carries, the rows of the package's base) to row changes and the conflicts a person
 * resolves. It works on rows and field-level changes, never on the file: the package file is
 * only a container (package.ts), so a sync engine could later carry the same rows and changes
 * through this same merge.
 *
 * The rules, by stable id:
 * - decisions and comments are a log: one the database lacks is added, one it holds is left as
 *   it is (never duplicated, never rewritten), so reading a package twice adds nothing and
 *   comments from several packages merge the same in any order;
 * - the organisation, MJP, themes, domains, teams and versions are only added when absent: a
 *   stored version never changes (an adopted one least of all), nor does the programme's
 *   adoption or closing date;
 * - the programme row, its activities and its scenarios merge per field against the base (the
 *   version the package was taken from, when the database holds it): a field only the package
 *   changed is taken, a field the draft changed is kept, a field both changed differently is a
 *   conflict for a person (keep the draft's or take the package's). Without a base here, every
 *   field where the draft and the package differ is such a conflict. A row the database lacks
 *   is added; a package never removes a row.
 */
import type { Rows, TableRows } from '../domain/tables';
import { TABLE_NAMES, type TableName } from '../domain/tables';
import type { RowChange } from '../file/restore-plan';
import { canonicalJson } from './checksum';

/** The tables whose rows merge field by field against the base. */
export const FIELD_TABLES = ['programmes', 'activities', 'scenarios'] as const;
/** A table that merges per field. */
export type FieldTable = (typeof FIELD_TABLES)[number];

/** The tables that are a log: a row is added once, never changed. */
export const LOG_TABLES = ['decisions', 'comments'] as const;

/** Fields a package never changes: identity, owner, and the programme's adoption and closing. */
const PROTECTED: Readonly<Record<FieldTable, ReadonlySet<string>>> = {
  programmes: new Set(['id', 'organisationId', 'adoption', 'closedOn']),
  activities: new Set(['id', 'programmeId']),
  scenarios: new Set(['id', 'programmeId']),
};

/** One field that the draft and the package both changed, for a person to resolve. */
export type MergeConflict = {
  /** `table/id/field`: the key of the person's choice. */
  readonly key: string;
  readonly table: FieldTable;
  readonly id: string;
  /** The field's name; '*' when the draft deleted the row the package changed. */
  readonly field: string;
  /** The row's name to show (an activity's title, a programme's or scenario's name). */
  readonly label: string;
  /** The value in the draft (undefined: absent) and in the package. */
  readonly draft: unknown;
  readonly package: unknown;
};

/** The person's choice per conflict key; a conflict without one keeps the draft's value. */
export type MergeChoices = Readonly<Record<string, 'draft' | 'package'>>;

/** What a package brings, counted for the person before anything is written. */
export type MergeCounts = {
  readonly decisions: number;
  readonly comments: number;
  /** Rows of the programme, its activities and scenarios that are added or changed. */
  readonly changed: number;
  /** Rows of other tables added (organisation, MJP, themes, domains, teams, versions). */
  readonly added: number;
  readonly conflicts: number;
};

/** A merge: the row changes (with the choices applied), the conflicts and the counts. */
export type MergePlan = {
  readonly changes: readonly RowChange[];
  readonly conflicts: readonly MergeConflict[];
  readonly counts: MergeCounts;
};

/** The rows a package carries for its one programme (a bundle's rows, by table). */
export type PackageRows = TableRows;

/** The base: the programme row and activities of the version the package was taken from. */
export type MergeBase = {
  readonly programme: Rows['programmes'] | null;
  readonly activities: readonly Rows['activities'][];
} | null;

/** Whether two values are the same JSON. */
const same = (a: unknown, b: unknown): boolean =>
  a === b || (a !== undefined && b !== undefined && canonicalJson(a) === canonicalJson(b));

/** A row as a plain record. */
type Row = Readonly<Record<string, unknown>>;

/** The name of a row to show in a conflict. */
function labelOf(row: Row): string {
  const v = row.title ?? row.name ?? row.id;
  return typeof v === 'string' ? v : '';
}

/**
 * One row merged per field: the draft `draft` (null: absent here), the package's `pkg`, the
 * base's `base` (undefined: no base known). Answers the merged row (null: leave as it is) and
 * the conflicts.
 */
function mergeRow(
  table: FieldTable,
  base: Row | null | undefined,
  draft: Row | null,
  pkg: Row,
  choices: MergeChoices,
): { after: Row | null; conflicts: MergeConflict[] } {
  const id = String(pkg.id);
  if (draft === null) {
    // Added in the package, or unknown here: added. Deleted in the draft since the base: the
    // deletion stands unless the package changed the row (then a person chooses).
    if (base === null || base === undefined) return { after: pkg, conflicts: [] };
    if (same(base, pkg)) return { after: null, conflicts: [] };
    const key = `${table}/${id}/*`;
    const conflict: MergeConflict = {
      key,
      table,
      id,
      field: '*',
      label: labelOf(pkg),
      draft: undefined,
      package: pkg,
    };
    return { after: choices[key] === 'package' ? pkg : null, conflicts: [conflict] };
  }
  const protectedFields = PROTECTED[table];
  const fields = new Set([...Object.keys(draft), ...Object.keys(pkg)]);
  const merged: Record<string, unknown> = { ...draft };
  const conflicts: MergeConflict[] = [];
  for (const field of fields) {
    if (protectedFields.has(field)) continue;
    const d = draft[field];
    const p = pkg[field];
    if (same(d, p)) continue;
    let take: boolean;
    if (base !== null && base !== undefined && same(base[field], p)) take = false;
    else if (base !== null && base !== undefined && same(base[field], d)) take = true;
    else {
      const key = `${table}/${id}/${field}`;
      conflicts.push({ key, table, id, field, label: labelOf(draft), draft: d, package: p });
      take = choices[key] === 'package';
    }
    if (take) merged[field] = p;
  }
  // A field the package took away is left out (not kept as undefined).
  const after = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined));
  return { after: same(after, draft) ? null : after, conflicts };
}

/**
 * Plans reading a package's rows into the rows here (see the module comment for the rules).
 * `programmeId` is the package's programme; `base` the rows of its base version as stored here
 * (null when the database does not hold it). Pure: nothing is written.
 */
export function planReviewMerge(
  current: TableRows,
  pkg: PackageRows,
  programmeId: string,
  base: MergeBase,
  choices: MergeChoices = {},
): MergePlan {
  const changes: RowChange[] = [];
  const conflicts: MergeConflict[] = [];
  let decisions = 0;
  let comments = 0;
  let changed = 0;
  let added = 0;
  const baseRows: Partial<Record<FieldTable, Map<string, Row>>> = base
    ? {
        programmes: new Map(base.programme ? [[base.programme.id, base.programme]] : []),
        activities: new Map(base.activities.map((a) => [a.id as string, a as Row])),
      }
    : {};
  for (const table of TABLE_NAMES) {
    const here = new Map<string, Row>(
      (current[table] as readonly Row[]).map((r) => [String(r.id), r]),
    );
    const ofProgramme = (r: Row) =>
      table === 'programmes' ? r.id === programmeId : r.programmeId === programmeId;
    for (const row of pkg[table] as readonly Row[]) {
      const id = String(row.id);
      const now = here.get(id) ?? null;
      const isField = (FIELD_TABLES as readonly string[]).includes(table);
      if (isField) {
        // Only the package's own programme, its activities and scenarios.
        if (!ofProgramme(row)) continue;
        if (now !== null && !ofProgramme(now)) continue;
        const t = table as FieldTable;
        const known = baseRows[t];
        const baseRow = known ? (known.get(id) ?? null) : undefined;
        const merged = mergeRow(t, baseRow, now, row, choices);
        conflicts.push(...merged.conflicts);
        if (merged.after === null) continue;
        changed += 1;
        changes.push({ table, key: id, before: now, after: merged.after } as RowChange);
        continue;
      }
      if (now !== null) continue;
      if ((LOG_TABLES as readonly string[]).includes(table)) {
        if (!ofProgramme(row)) continue;
        if (table === 'decisions') decisions += 1;
        else comments += 1;
      } else added += 1;
      changes.push({ table, key: id, before: null, after: row } as RowChange);
    }
  }
  return {
    changes,
    conflicts,
    counts: { decisions, comments, changed, added, conflicts: conflicts.length },
  };
}

/** The rows after the changes: each change's row replaces (or adds, or removes) its id. */
export function applyRowChanges(current: TableRows, changes: readonly RowChange[]): TableRows {
  const out: Partial<Record<TableName, Row[]>> = {};
  for (const table of TABLE_NAMES) {
    const mine = changes.filter((c) => c.table === table);
    if (mine.length === 0) {
      out[table] = current[table] as readonly Row[] as Row[];
      continue;
    }
    const rows = new Map<string, Row>(
      (current[table] as readonly Row[]).map((r) => [String(r.id), r]),
    );
    for (const c of mine) {
      if (c.after === null) rows.delete(c.key);
      else rows.set(c.key, c.after);
    }
    out[table] = [...rows.values()];
  }
  return out as unknown as TableRows;
}
