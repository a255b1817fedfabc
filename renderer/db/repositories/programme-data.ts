import type { Organisation } from '../../../shared/domain/schemas';
import {
  patchSnapshot,
  type ProgrammeSnapshot,
  type SnapshotRowChange,
} from '../../../shared/domain/snapshot';
import type { KoersDb } from '../koers-db';
import { defaultProgramme } from '../../../shared/domain/programme';
import { parseRows } from './rows';

/** Everything one programme screen needs: the programme snapshot (`shared/domain/snapshot.ts`). */
export type ProgrammeData = ProgrammeSnapshot;

/** The loaded data with rows just written put in (`patchSnapshot`). */
export const patchProgrammeData: (
  data: ProgrammeData,
  rows: readonly SnapshotRowChange[],
) => ProgrammeData = patchSnapshot;

/**
 * Reads a programme with its organisation's MJPs, themes, domains and teams, all parsed.
 * Without an id (or an unknown one, and none of `fallbacks`, newest last), the default programme (the one in force, else the newest). Null when the database holds no programme.
 */
export async function loadProgrammeData(
  db: KoersDb,
  programmeId: string | null,
  fallbacks: readonly string[] = [],
): Promise<ProgrammeData | null> {
  const programmes = parseRows('programmes', await db.programmes.toArray()).sort(
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
