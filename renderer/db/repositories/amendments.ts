import { liveQuery } from 'dexie';
import type { Amendment, Version } from '../../../shared/domain/versions';
import type { KoersDb } from '../koers-db';
import { parseRows } from './rows';

/** A programme's amendments with the version they amend (its activities name deleted ones' themes). */
export type AmendmentLog = {
  readonly programmeId: string;
  readonly amendments: readonly Amendment[];
  /** The adopted version, or null when the programme is not adopted (or it cannot be found). */
  readonly adopted: Version | null;
};

/**
 * Reads a programme's amendments (they are not part of the programme snapshot: only the log and
 * its export need them) and its adopted version, parsed.
 */
export async function loadAmendmentLog(db: KoersDb, programmeId: string): Promise<AmendmentLog> {
  const [rows, programme] = await Promise.all([
    db.amendments.where('programmeId').equals(programmeId).toArray(),
    db.programmes.get(programmeId),
  ]);
  const versionId = programme?.adoption?.versionId;
  const version = versionId === undefined ? undefined : await db.versions.get(versionId);
  return {
    programmeId,
    amendments: parseRows('amendments', rows),
    adopted: version === undefined ? null : (parseRows('versions', [version])[0] ?? null),
  };
}

/**
 * Watches a programme's amendment log; calls back after every write, from this window or another
 * (Dexie's liveQuery, as `watchProgrammeData`). Returns the function that stops watching.
 */
export function watchAmendmentLog(
  db: KoersDb,
  programmeId: string,
  onData: (log: AmendmentLog) => void,
  onError: (error: unknown) => void,
): () => void {
  const sub = liveQuery(() => loadAmendmentLog(db, programmeId)).subscribe({
    next: onData,
    error: onError,
  });
  return () => {
    sub.unsubscribe();
  };
}
