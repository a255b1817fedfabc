import { liveQuery } from 'dexie';
import type { KoersDb } from './koers-db';
import { loadProgrammeData, type ProgrammeData } from './repositories/programme-data';
import { parseRows } from './repositories/rows';
import type { Version } from '../../shared/domain/versions';

/**
 * Watches a programme and everything it points to; calls back with fresh data after every
 * write, from this window or another (Dexie's liveQuery observes IndexedDB across tabs).
 * Returns the function that stops watching.
 */
export function watchProgrammeData(
  db: KoersDb,
  programmeId: string | null,
  onData: (data: ProgrammeData | null) => void,
  onError: (error: unknown) => void,
  fallbacks: readonly string[] = [],
): () => void {
  const sub = liveQuery(() => loadProgrammeData(db, programmeId, fallbacks)).subscribe({
    next: onData,
    error: onError,
  });
  return () => {
    sub.unsubscribe();
  };
}

/**
 * Watches the saved versions (of every programme; a version is written once and may only be
 * removed), oldest first; calls back after every write. Returns the function that stops watching.
 */
export function watchVersions(
  db: KoersDb,
  onVersions: (versions: readonly Version[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const sub = liveQuery(async () =>
    parseRows('versions', await db.versions.toArray()).sort((a, b) =>
      a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0,
    ),
  ).subscribe({ next: onVersions, error: onError });
  return () => {
    sub.unsubscribe();
  };
}
