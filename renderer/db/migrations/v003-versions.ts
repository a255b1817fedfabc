import type { Dexie } from 'dexie';
import { bundleV3ToV4 } from '../../../shared/file/migrations';

/** Rows by table, as plain objects (an upgrade sees rows before any schema parses them). */
export type PlainTables = Readonly<Record<string, readonly Record<string, unknown>[]>>;

/**
 * The rows of schema version 2 as version 3 holds them: per organisation, what a programme
 * file's bundle becomes from format 3 to 4 (one function, `bundleV3ToV4`). Only programmes,
 * activities and versions change; every other table is as it was.
 */
export function upgradeRowsV3(tables: PlainTables): {
  programmes: Record<string, unknown>[];
  activities: Record<string, unknown>[];
  versions: Record<string, unknown>[];
} {
  const list = (name: string) => tables[name] ?? [];
  const out = {
    programmes: [] as Record<string, unknown>[],
    activities: [] as Record<string, unknown>[],
    versions: [] as Record<string, unknown>[],
  };
  for (const organisation of list('organisations')) {
    const org = organisation.id;
    const mjps = list('mjps').filter((m) => m.organisationId === org);
    const mjpIds = new Set(mjps.map((m) => m.id));
    const programmes = list('programmes').filter((p) => p.organisationId === org);
    const programmeIds = new Set(programmes.map((p) => p.id));
    const bundle = bundleV3ToV4({
      organisation,
      mjps,
      themes: list('themes').filter((t) => mjpIds.has(t.mjpId)),
      domains: list('domains').filter((d) => d.organisationId === org),
      teams: list('teams').filter((t) => t.organisationId === org),
      programmes,
      activities: list('activities').filter((a) => programmeIds.has(a.programmeId)),
    });
    out.programmes.push(...(bundle.programmes as Record<string, unknown>[]));
    out.activities.push(...(bundle.activities as Record<string, unknown>[]));
    out.versions.push(...(bundle.versions as Record<string, unknown>[]));
  }
  return out;
}

/**
 * Schema version 3: versions and amendments (issue 10). Outputs get ids, and a programme's
 * `publishedOn` becomes the adoption of a version holding the programme as it is
 * (`upgradeRowsV3`).
 */
export function v003Versions(db: Dexie): void {
  db.version(3)
    .stores({ versions: 'id, programmeId', amendments: 'id, programmeId' })
    .upgrade(async (tx) => {
      const names = [
        'organisations',
        'mjps',
        'themes',
        'domains',
        'teams',
        'programmes',
        'activities',
      ];
      const tables: Record<string, Record<string, unknown>[]> = {};
      for (const name of names)
        tables[name] = (await tx.table(name).toArray()) as Record<string, unknown>[];
      const rows = upgradeRowsV3(tables);
      await tx.table('programmes').bulkPut(rows.programmes);
      await tx.table('activities').bulkPut(rows.activities);
      await tx.table('versions').bulkPut(rows.versions);
    });
}
