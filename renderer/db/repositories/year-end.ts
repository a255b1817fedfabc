import { liveQuery } from 'dexie';
import type { Realisation } from '../../../shared/domain/realisation';
import type { Activity } from '../../../shared/domain/schemas';
import type { KoersDb } from '../koers-db';
import { parseRowsCached } from './row-cache';

/** Another programme's activities and realisation rows (last year's, for the year-end screen). */
export type ProgrammeYearRows = {
  readonly programmeId: string;
  readonly activities: readonly Activity[];
  readonly realisations: readonly Realisation[];
};

/** Reads a programme's activities and realisation rows, parsed. */
export async function loadProgrammeYear(
  db: KoersDb,
  programmeId: string,
): Promise<ProgrammeYearRows> {
  const [activities, realisations] = await Promise.all([
    db.activities.where('programmeId').equals(programmeId).toArray(),
    db.realisations.where('programmeId').equals(programmeId).toArray(),
  ]);
  return {
    programmeId,
    activities: parseRowsCached(db, 'activities', activities),
    realisations: parseRowsCached(db, 'realisations', realisations),
  };
}

/**
 * Watches a programme's activities and realisation rows; calls back after every write (Dexie's
 * liveQuery, as the realisation rows). Returns the function that stops watching.
 */
export function watchProgrammeYear(
  db: KoersDb,
  programmeId: string,
  onRows: (rows: ProgrammeYearRows) => void,
  onError: (error: unknown) => void,
): () => void {
  const sub = liveQuery(() => loadProgrammeYear(db, programmeId)).subscribe({
    next: onRows,
    error: onError,
  });
  return () => {
    sub.unsubscribe();
  };
}
