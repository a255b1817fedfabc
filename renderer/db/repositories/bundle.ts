import type { ProgrammeBundle } from '../../../shared/file/programme-file';
import type { Organisation } from '../../../shared/domain/schemas';
import type { KoersDb, Rows, TableName } from '../koers-db';
import { TABLE_NAMES } from '../koers-db';
import { getRow, parseRows, type Change } from './rows';

/** Everything in the database, one organisation at a time (the first), as a bundle. */
export async function readBundle(
  db: KoersDb,
  organisationId?: string,
): Promise<ProgrammeBundle | null> {
  const orgs = parseRows('organisations', await db.organisations.toArray());
  const organisation: Organisation | undefined =
    orgs.find((o) => o.id === organisationId) ?? orgs[0];
  if (!organisation) return null;
  const of = <T extends { organisationId: string }>(rows: T[]) =>
    rows.filter((r) => r.organisationId === organisation.id);
  const mjps = of(parseRows('mjps', await db.mjps.toArray()));
  const mjpIds = new Set<string>(mjps.map((m) => m.id));
  const programmes = of(parseRows('programmes', await db.programmes.toArray()));
  const programmeIds = new Set<string>(programmes.map((p) => p.id));
  return {
    organisation,
    mjps,
    themes: parseRows('themes', await db.themes.toArray()).filter((t) => mjpIds.has(t.mjpId)),
    domains: of(parseRows('domains', await db.domains.toArray())),
    teams: of(parseRows('teams', await db.teams.toArray())),
    programmes,
    activities: parseRows('activities', await db.activities.toArray()).filter((a) =>
      programmeIds.has(a.programmeId),
    ),
  };
}

/** The rows of a bundle by table. */
function rowsOf(bundle: ProgrammeBundle): { [T in TableName]: Rows[T][] } {
  return {
    organisations: [bundle.organisation],
    mjps: bundle.mjps,
    themes: bundle.themes,
    domains: bundle.domains,
    teams: bundle.teams,
    programmes: bundle.programmes,
    activities: bundle.activities,
  };
}

/** The changes that write a bundle into the database: each row replaces the one with its id. */
export async function bundleChanges(db: KoersDb, bundle: ProgrammeBundle): Promise<Change[]> {
  const rows = rowsOf(bundle);
  const changes: Change[] = [];
  for (const table of TABLE_NAMES) {
    for (const row of rows[table]) {
      const before = await getRow(db, table, row.id);
      changes.push({ table, key: row.id, before, after: row } as Change);
    }
  }
  return changes;
}

/** A byte-exact dump of every table, sorted by key (for tests: "the database is unchanged"). */
export async function dumpDatabase(db: KoersDb): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLE_NAMES) {
    const rows = await db.table(table).toArray();
    out[table] = rows.sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id));
  }
  return JSON.stringify(out);
}
