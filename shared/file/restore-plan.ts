/**
 * What restoring a backup and reading a programme file do to the database, as pure functions
 * from (the rows there now, the file) to row changes and counts per kind. The renderer writes
 * the changes in one transaction as one undoable step; the Data screen shows the counts first.
 */
import {
  TABLE_NAMES,
  rowsOfBundles as rowsOf,
  type Rows,
  type TableName,
  type TableRows,
} from '../domain/tables';
import type { IdSource } from '../domain/ids';
import { remapIds, type IdMap } from '../domain/references';
import type { ProgrammeBundle } from './programme-file';
import { formatNumber } from '../format/nl';
import { translate } from '../i18n/translate';

/** The row type of each table of the database (the table registry). */
export type RowsByTable = Rows;

/** A table of the database. */
export type RowTable = TableName;

/** The tables in the order a full copy writes them. */
export const ROW_TABLES: readonly RowTable[] = TABLE_NAMES;

export type { TableRows };

/** One row's change: what it was and what it becomes (null = absent). */
export type RowChange = {
  [T in RowTable]: {
    table: T;
    key: string;
    before: RowsByTable[T] | null;
    after: RowsByTable[T] | null;
  };
}[RowTable];

/** How many rows of one kind are replaced (changed), added and removed. */
export type KindCounts = { replaced: number; added: number; removed: number };

/** Counts per table. */
export type ChangeCounts = Record<RowTable, KindCounts>;

/** Row changes with their counts per kind. */
export type ChangePlan = { readonly changes: RowChange[]; readonly counts: ChangeCounts };

/** JSON with object keys sorted, so two equal rows compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

/** Zero counts for every table. */
function zeroCounts(): ChangeCounts {
  const out = {} as ChangeCounts;
  for (const t of ROW_TABLES) out[t] = { replaced: 0, added: 0, removed: 0 };
  return out;
}

/** The rows of one or more organisations, by table. */
export function rowsOfBundles(bundles: readonly ProgrammeBundle[]): TableRows {
  return rowsOf(bundles);
}

/** Writes `rows` over `current`: each row replaces the one with its id; `removeRest` removes the others. */
function diff(current: TableRows, rows: TableRows, removeRest: boolean): ChangePlan {
  const changes: RowChange[] = [];
  const counts = zeroCounts();
  for (const table of ROW_TABLES) {
    const before = new Map<string, unknown>(current[table].map((r) => [r.id, r]));
    const wanted = new Set<string>();
    for (const row of rows[table]) {
      wanted.add(row.id);
      const old = before.get(row.id) ?? null;
      if (old !== null && canonical(old) === canonical(row)) continue;
      counts[table][old === null ? 'added' : 'replaced'] += 1;
      changes.push({ table, key: row.id, before: old, after: row } as RowChange);
    }
    if (!removeRest) continue;
    for (const row of current[table]) {
      if (wanted.has(row.id)) continue;
      counts[table].removed += 1;
      changes.push({ table, key: row.id, before: row, after: null } as RowChange);
    }
  }
  return { changes, counts };
}

/**
 * Restoring a backup: the database becomes the file. Every row of the file replaces the one with
 * its id, and every row the file does not hold is removed, in every table and for every
 * organisation (also one the file does not mention). Rows that are equal are left alone.
 */
export function planRestore(current: TableRows, file: readonly ProgrammeBundle[]): ChangePlan {
  const plan = keepStoredVersions(diff(current, rowsOfBundles(file), true));
  return { changes: plan.changes, counts: plan.counts };
}

/**
 * A stored version never changes: a file's version with the same id and other content (an older
 * file migrated forward, another copy) leaves the stored one as it is, in a restore as in an
 * import. Returns the plan without those replacements, and how many there were.
 */
function keepStoredVersions(plan: ChangePlan): ChangePlan & { readonly kept: number } {
  const kept = plan.changes.filter(
    (c) => c.table === 'versions' && c.before !== null && c.after !== null,
  ).length;
  const counts = { ...plan.counts, versions: { ...plan.counts.versions } };
  counts.versions.replaced -= kept;
  return {
    changes: plan.changes.filter(
      (c) => c.table !== 'versions' || c.before === null || c.after === null,
    ),
    counts,
    kept,
  };
}

/**
 * An import never undoes or moves an adoption: a programme adopted here keeps its adoption (and
 * its closing date, once closed), whatever the file says; the rest of the row merges as usual.
 */
function keepAdoptions(plan: ChangePlan): ChangePlan {
  const counts = { ...plan.counts, programmes: { ...plan.counts.programmes } };
  const changes = plan.changes.flatMap((c): RowChange[] => {
    if (c.table !== 'programmes' || c.before === null || c.after === null) return [c];
    if (c.before.adoption === null) return [c];
    const after = {
      ...c.after,
      adoption: c.before.adoption,
      closedOn: c.before.closedOn ?? c.after.closedOn,
    };
    if (canonical(after) === canonical(c.before)) {
      counts.programmes.replaced -= 1;
      return [];
    }
    return [{ ...c, after }];
  });
  return { changes, counts };
}

/** Whether a file's organisations are all in the database (or the database holds none yet). */
export type ImportOrganisations =
  { readonly kind: 'same' } | { readonly kind: 'other'; readonly names: readonly string[] };

/** Says whether a file holds an organisation the database does not know. */
export function organisationsOf(
  current: TableRows,
  file: readonly ProgrammeBundle[],
): ImportOrganisations {
  const known = new Set<string>(current.organisations.map((o) => o.id));
  if (known.size === 0) return { kind: 'same' };
  const other = file.filter((b) => !known.has(b.organisation.id));
  return other.length === 0
    ? { kind: 'same' }
    : { kind: 'other', names: other.map((b) => b.organisation.name) };
}

/** The organisation each row of the database belongs to, by table and id. */
function owners(current: TableRows): Map<string, string> {
  const out = new Map<string, string>();
  const mjpOrg = new Map<string, string>(current.mjps.map((m) => [m.id, m.organisationId]));
  const programmeOrg = new Map<string, string>(
    current.programmes.map((p) => [p.id, p.organisationId]),
  );
  for (const o of current.organisations) out.set(`organisations/${o.id}`, o.id);
  for (const t of ['mjps', 'domains', 'teams', 'programmes'] as const)
    for (const r of current[t]) out.set(`${t}/${r.id}`, r.organisationId);
  for (const t of current.themes) out.set(`themes/${t.id}`, mjpOrg.get(t.mjpId) ?? '');
  for (const t of [
    'activities',
    'versions',
    'amendments',
    'scenarios',
    'decisions',
    'comments',
    'realisations',
  ] as const)
    for (const r of current[t]) out.set(`${t}/${r.id}`, programmeOrg.get(r.programmeId) ?? '');
  return out;
}

/** An empty id map. */
function emptyMap(): Record<keyof IdMap, Map<string, string>> {
  return {
    organisation: new Map(),
    mjp: new Map(),
    theme: new Map(),
    domain: new Map(),
    team: new Map(),
    programme: new Map(),
    activity: new Map(),
    version: new Map(),
    amendment: new Map(),
    scenario: new Map(),
    decision: new Map(),
    comment: new Map(),
    realisation: new Map(),
  };
}

/** The id-map kind of each table. */
const KIND_OF: Record<RowTable, keyof IdMap> = {
  organisations: 'organisation',
  mjps: 'mjp',
  themes: 'theme',
  domains: 'domain',
  teams: 'team',
  programmes: 'programme',
  activities: 'activity',
  versions: 'version',
  amendments: 'amendment',
  scenarios: 'scenario',
  decisions: 'decision',
  comments: 'comment',
  realisations: 'realisation',
};

/**
 * An import's changes, counts, how many rows got a fresh id (they belonged to another
 * organisation), and how many versions of the file were kept out because the database holds a
 * version with that id and other content (a stored version never changes).
 */
export type ImportPlan = ChangePlan & { readonly remapped: number; readonly keptVersions: number };

/**
 * Reading a programme file merges it with what is there: each row of the file is added or
 * replaces the row with its id; nothing is removed. It never changes a row of another
 * organisation: a row of the file whose id belongs to another organisation in the database gets
 * a fresh id (with every reference to it in the file). With `separate`, every row of an
 * organisation the database does not know gets a fresh id, so it is added beside the others.
 * A version already stored is never replaced: the database's one stays (`keptVersions` counts
 * the file's versions with other content), so one such version cannot fail the whole import.
 */
export function planImport(
  current: TableRows,
  file: readonly ProgrammeBundle[],
  options: { readonly separate: boolean; readonly newId: IdSource },
): ImportPlan {
  const owner = owners(current);
  const known = new Set<string>(current.organisations.map((o) => o.id));
  let remapped = 0;
  const bundles = file.map((bundle): ProgrammeBundle => {
    const map = emptyMap();
    const rows = rowsOfBundles([bundle]);
    const fresh = options.separate && known.size > 0 && !known.has(bundle.organisation.id);
    const orgId = fresh ? options.newId() : bundle.organisation.id;
    if (fresh) map.organisation.set(bundle.organisation.id, orgId);
    for (const table of ROW_TABLES) {
      if (table === 'organisations') continue;
      for (const row of rows[table]) {
        const ownerNow = owner.get(`${table}/${row.id}`);
        const collides = ownerNow !== undefined && ownerNow !== orgId;
        if (fresh || collides) map[KIND_OF[table]].set(row.id, options.newId());
        if (!fresh && collides) remapped += 1;
      }
    }
    return remapIds(bundle, map) as ProgrammeBundle;
  });
  const { kept, ...plan } = keepStoredVersions(
    keepAdoptions(diff(current, rowsOfBundles(bundles), false)),
  );
  return { ...plan, remapped, keptVersions: kept };
}

/** Counts of rows per kind in Dutch words: "1 activiteit, 2 teams" (or "niets"). */
export function countsPhrase(counts: Partial<Record<RowTable, number>>): string {
  const parts = ROW_TABLES.flatMap((t) => {
    const n = counts[t] ?? 0;
    if (n === 0) return [];
    return [`${formatNumber(n)} ${translate(n === 1 ? `tableOne.${t}` : `tableMany.${t}`)}`];
  });
  return parts.length === 0 ? translate('import.none') : parts.join(', ');
}

/** One figure of the counts per table (added, replaced or removed). */
export function countsOf(counts: ChangeCounts, which: keyof KindCounts): Record<RowTable, number> {
  const out = {} as Record<RowTable, number>;
  for (const t of ROW_TABLES) out[t] = counts[t][which];
  return out;
}
