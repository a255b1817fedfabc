import { liveQuery } from 'dexie';
import type { KoersDb } from './koers-db';
import { loadProgrammeData, type ProgrammeData } from './repositories/programme-data';

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
): () => void {
  const sub = liveQuery(() => loadProgrammeData(db, programmeId)).subscribe({
    next: onData,
    error: onError,
  });
  return () => {
    sub.unsubscribe();
  };
}
