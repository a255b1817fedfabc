import type { ProgrammeSnapshot } from '../domain/snapshot';
import { snapshotOf } from '../domain/snapshot';
import type { Version } from '../domain/versions';
import { fail, ok, type Result } from '../result';
import { migrateForward } from './migrations';
import { CURRENT_FORMAT_VERSION, FORMAT, ProgrammeBundle } from './programme-file';

/**
 * The content of a new version: the programme as it stands, with its activities and what they
 * point to (its MJP and themes, the organisation's domains and teams), as a bundle of the
 * current programme file format. Versions and amendments are not part of it.
 */
export function versionContent(snapshot: ProgrammeSnapshot): {
  readonly format: number;
  readonly content: Record<string, unknown>;
} {
  const { programme } = snapshot;
  const bundle: ProgrammeBundle = {
    organisation: snapshot.organisation,
    mjps: snapshot.mjps.filter((m) => m.id === programme.mjpId),
    themes: snapshot.themes.filter((t) => t.mjpId === programme.mjpId),
    domains: [...snapshot.domains],
    teams: [...snapshot.teams],
    programmes: [programme],
    activities: [...snapshot.activities],
    versions: [],
    amendments: [],
    scenarios: [],
    decisions: [],
    comments: [],
    realisations: [],
  };
  // A plain JSON copy: the version never shares objects with the live data.
  return {
    format: CURRENT_FORMAT_VERSION,
    content: JSON.parse(JSON.stringify(bundle)) as Record<string, unknown>,
  };
}

const read = new WeakMap<Version, Result<ProgrammeSnapshot>>();

/**
 * The programme a version holds, as a snapshot every screen can show: the content is read
 * through the programme file's forward migrations from the format it was written in, so an old
 * version is never rewritten. Cached per version object.
 */
export function versionSnapshot(version: Version): Result<ProgrammeSnapshot> {
  const cached = read.get(version);
  if (cached) return cached;
  const file = migrateForward(
    {
      format: FORMAT,
      formatVersion: version.format,
      kind: 'uitwisseling',
      exportedAt: version.savedAt,
      appVersion: '',
      organisations: [version.content],
    },
    version.format,
  );
  const bundle = ProgrammeBundle.safeParse((file.organisations as unknown[] | undefined)?.[0]);
  const snapshot = bundle.success ? snapshotOf(bundle.data, version.programmeId) : null;
  const result: Result<ProgrammeSnapshot> =
    snapshot === null
      ? fail({ key: 'version.unreadable', params: { name: version.name } })
      : ok(snapshot);
  read.set(version, result);
  return result;
}
