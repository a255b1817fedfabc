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
import { parseRows } from './rows';

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
