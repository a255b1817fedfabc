import type { ProgrammeBundle } from '../../../shared/file/programme-file';
import type { Organisation } from '../../../shared/domain/schemas';
import type { KoersDb, Rows, TableName } from '../koers-db';
import { TABLE_NAMES } from '../koers-db';
import { parseRowsCached } from './row-cache';
import type { TableRows } from '../../../shared/file/restore-plan';

/** Everything in the database, one organisation at a time (the first), as a bundle. */
export async function readBundle(
  db: KoersDb,
  organisationId?: string,
): Promise<ProgrammeBundle | null> {
  const orgs = parseRowsCached(db, 'organisations', await db.organisations.toArray());
  const organisation: Organisation | undefined =
    orgs.find((o) => o.id === organisationId) ?? orgs[0];
  if (!organisation) return null;
  const of = <T extends { organisationId: string }>(rows: T[]) =>
    rows.filter((r) => r.organisationId === organisation.id);
  const mjps = of(parseRowsCached(db, 'mjps', await db.mjps.toArray()));
  const mjpIds = new Set<string>(mjps.map((m) => m.id));
  const programmes = of(parseRowsCached(db, 'programmes', await db.programmes.toArray()));
  const programmeIds = new Set<string>(programmes.map((p) => p.id));
  return {
    organisation,
    mjps,
    themes: parseRowsCached(db, 'themes', await db.themes.toArray()).filter((t) =>
      mjpIds.has(t.mjpId),
    ),
    domains: of(parseRowsCached(db, 'domains', await db.domains.toArray())),
    teams: of(parseRowsCached(db, 'teams', await db.teams.toArray())),
    programmes,
    activities: parseRowsCached(db, 'activities', await db.activities.toArray()).filter((a) =>
      programmeIds.has(a.programmeId),
    ),
    versions: parseRowsCached(db, 'versions', await db.versions.toArray()).filter((v) =>
      programmeIds.has(v.programmeId),
    ),
    amendments: parseRowsCached(db, 'amendments', await db.amendments.toArray()).filter((a) =>
      programmeIds.has(a.programmeId),
    ),
    scenarios: parseRowsCached(db, 'scenarios', await db.scenarios.toArray()).filter((s) =>
      programmeIds.has(s.programmeId),
    ),
    decisions: parseRowsCached(db, 'decisions', await db.decisions.toArray()).filter((d) =>
      programmeIds.has(d.programmeId),
    ),
    comments: parseRowsCached(db, 'comments', await db.comments.toArray()).filter((c) =>
      programmeIds.has(c.programmeId),
    ),
    realisations: parseRowsCached(db, 'realisations', await db.realisations.toArray()).filter((r) =>
      programmeIds.has(r.programmeId),
    ),
  };
}

/** Every organisation in the database, each as a bundle (a backup holds them all). */
export async function readBundles(db: KoersDb): Promise<ProgrammeBundle[]> {
  const orgs = parseRowsCached(db, 'organisations', await db.organisations.toArray());
  const out: ProgrammeBundle[] = [];
  for (const o of orgs) {
    const bundle = await readBundle(db, o.id);
    if (bundle) out.push(bundle);
  }
  return out;
}

/** Every row of every table, parsed (what a restore compares the backup with). */
export async function readTableRows(db: KoersDb): Promise<TableRows> {
  const out: Partial<Record<TableName, Rows[TableName][]>> = {};
  for (const table of TABLE_NAMES)
    out[table] = parseRowsCached(db, table, await db.table_(table).toArray());
  return out as TableRows;
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
