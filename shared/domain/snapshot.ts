import type { Activity, Domain, Mjp, Organisation, Programme, Team, Theme } from './schemas';
import type { BundleLike, Rows, TableName } from './tables';
import { defaultProgramme } from './programme';

/**
 * One programme as it stands, with everything its rows point to: what every screen shows is a
 * pure function of this object (`plan()` in `shared/planning/plan.ts`), so a version, the draft
 * or a scenario are each one snapshot and can be shown side by side.
 */
export type ProgrammeSnapshot = {
  readonly organisation: Organisation;
  readonly programme: Programme;
  readonly programmes: readonly Programme[];
  readonly mjps: readonly Mjp[];
  readonly themes: readonly Theme[];
  readonly domains: readonly Domain[];
  readonly teams: readonly Team[];
  readonly activities: readonly Activity[];
  /** Activities of the other programmes of the same MJP (coverage over the years). */
  readonly mjpActivities: readonly Activity[];
};

/** One row as written: its table, key and what it is now (null = removed). */
export type SnapshotRowChange = {
  [T in TableName]: { readonly table: T; readonly key: string; readonly after: Rows[T] | null };
}[TableName];

/** Compares ids as the database orders keys (by UTF-16 code units). */
const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Rows by id, as a database index returns them. */
const sortedById = <T extends { id: string }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => byKey(a.id, b.id));

/**
 * The snapshot of one programme in a set of rows (a bundle, the demo), in the order the database
 * returns them; without an id (or an unknown one) the default programme (`defaultProgramme`). Null without programmes.
 */
export function snapshotOf(
  rows: BundleLike,
  programmeId: string | null = null,
): ProgrammeSnapshot | null {
  const programmes = sortedById(rows.programmes).sort((a, b) => b.year - a.year);
  const programme = programmes.find((p) => p.id === programmeId) ?? defaultProgramme(programmes);
  if (!programme || rows.organisation.id !== programme.organisationId) return null;
  const orgId = programme.organisationId;
  const mjps = sortedById(rows.mjps.filter((m) => m.organisationId === orgId));
  const mjpIds = new Set<string>(mjps.map((m) => m.id));
  const sameMjp = new Set<string>(
    programmes.filter((p) => p.mjpId === programme.mjpId && p.id !== programme.id).map((p) => p.id),
  );
  return {
    organisation: rows.organisation,
    programme,
    programmes: programmes.filter((p) => p.organisationId === orgId),
    mjps,
    themes: sortedById(rows.themes.filter((t) => mjpIds.has(t.mjpId))).sort((a, b) =>
      byKey(a.mjpId, b.mjpId),
    ),
    domains: sortedById(rows.domains.filter((d) => d.organisationId === orgId)).sort(
      (a, b) => a.order - b.order,
    ),
    teams: sortedById(rows.teams.filter((t) => t.organisationId === orgId)).sort(
      (a, b) => a.order - b.order,
    ),
    activities: sortedById(rows.activities.filter((a) => a.programmeId === programme.id)),
    mjpActivities: sortedById(rows.activities.filter((a) => sameMjp.has(a.programmeId))).sort(
      (a, b) => byKey(a.programmeId, b.programmeId),
    ),
  };
}

/** Replaces, adds or removes rows by id in a list. */
function patchList<T extends { id: string }>(
  list: readonly T[],
  rows: readonly SnapshotRowChange[],
  table: TableName,
  belongs: (row: T) => boolean,
): readonly T[] {
  let out = list;
  for (const c of rows) {
    if (c.table !== table) continue;
    const after = c.after as T | null;
    const rest = out.filter((x) => x.id !== c.key);
    if (after === null || !belongs(after)) out = rest;
    else {
      const at = out.findIndex((x) => x.id === c.key);
      out = at >= 0 ? out.map((x) => (x.id === c.key ? after : x)) : [...out, after];
    }
  }
  return out;
}

/**
 * The snapshot with rows just written put in (new objects for what changed, the rest shared),
 * so every view shows a write at once instead of after the database watcher re-reads.
 */
export function patchSnapshot(
  data: ProgrammeSnapshot,
  rows: readonly SnapshotRowChange[],
): ProgrammeSnapshot {
  const orgId = data.organisation.id;
  const programmes = [
    ...patchList(data.programmes, rows, 'programmes', (p) => p.organisationId === orgId),
  ].sort((a, b) => b.year - a.year);
  const programme = programmes.find((p) => p.id === data.programme.id) ?? data.programme;
  const mjps = patchList(data.mjps, rows, 'mjps', (m) => m.organisationId === orgId);
  // The MJPs after the write: the themes of an MJP added in the same step belong too.
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
    themes: patchList(data.themes, rows, 'themes', (t) => mjpIds.has(t.mjpId)),
    domains: [...patchList(data.domains, rows, 'domains', (d) => d.organisationId === orgId)].sort(
      (a, b) => a.order - b.order,
    ),
    teams: [...patchList(data.teams, rows, 'teams', (t) => t.organisationId === orgId)].sort(
      (a, b) => a.order - b.order,
    ),
    activities: patchList(
      data.activities,
      rows,
      'activities',
      (a) => a.programmeId === programme.id,
    ),
    mjpActivities: patchList(data.mjpActivities, rows, 'activities', (a) =>
      sameMjp.has(a.programmeId),
    ),
  };
}
