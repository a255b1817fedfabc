import type {
  Activity,
  Domain,
  Mjp,
  Organisation,
  Programme,
  Team,
  Theme,
} from '../../../shared/domain/schemas';
import type { KoersDb } from '../koers-db';
import { parseRows, type Change } from './rows';

/** Everything one programme screen needs: the programme and what its rows point to. */
export type ProgrammeData = {
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

/**
 * Reads a programme with its organisation's MJPs, themes, domains and teams, all parsed.
 * Without an id, the newest programme. Null when the database holds no programme.
 */
export async function loadProgrammeData(
  db: KoersDb,
  programmeId: string | null,
): Promise<ProgrammeData | null> {
  const programmes = parseRows('programmes', await db.programmes.toArray()).sort(
    (a, b) => b.year - a.year,
  );
  const programme = programmes.find((p) => p.id === programmeId) ?? programmes[0];
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
  const parsedMjps = parseRows('mjps', mjps);
  const sameMjp = programmes.filter((p) => p.mjpId === programme.mjpId && p.id !== programme.id);
  const themes = await db.themes
    .where('mjpId')
    .anyOf(parsedMjps.map((m) => m.id))
    .toArray();
  return {
    organisation: parseRows('organisations', [org])[0] as Organisation,
    programme,
    programmes: programmes.filter((p) => p.organisationId === orgId),
    mjps: parsedMjps,
    themes: parseRows('themes', themes),
    domains: parseRows('domains', domains).sort((a, b) => a.order - b.order),
    teams: parseRows('teams', teams).sort((a, b) => a.order - b.order),
    activities: parseRows('activities', activities),
    mjpActivities: parseRows(
      'activities',
      await db.activities
        .where('programmeId')
        .anyOf(sameMjp.map((p) => p.id))
        .toArray(),
    ),
  };
}

/** Replaces, adds or removes rows by id in a list. */
function patchList<T extends { id: string }>(
  list: readonly T[],
  rows: readonly Change[],
  table: Change['table'],
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
 * The loaded data with rows just written put in (new objects for what changed, the rest
 * shared), so every view shows a write at once instead of after the database watcher re-reads.
 */
export function patchProgrammeData(data: ProgrammeData, rows: readonly Change[]): ProgrammeData {
  const orgId = data.organisation.id;
  const programmes = [
    ...patchList(data.programmes, rows, 'programmes', (p) => p.organisationId === orgId),
  ].sort((a, b) => b.year - a.year);
  const programme = programmes.find((p) => p.id === data.programme.id) ?? data.programme;
  const mjpIds = new Set<string>(data.mjps.map((m) => m.id));
  const sameMjp = new Set<string>(
    programmes.filter((p) => p.mjpId === programme.mjpId && p.id !== programme.id).map((p) => p.id),
  );
  const org = rows.find((c) => c.table === 'organisations' && c.key === orgId)?.after;
  return {
    organisation: (org as Organisation | null | undefined) ?? data.organisation,
    programme,
    programmes,
    mjps: patchList(data.mjps, rows, 'mjps', (m) => m.organisationId === orgId),
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
