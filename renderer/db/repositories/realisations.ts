import { liveQuery } from 'dexie';
import type { Realisation } from '../../../shared/domain/realisation';
import type { KoersDb } from '../koers-db';
import { parseRowsCached } from './row-cache';

/** A programme's realisation rows, parsed (issue 13). */
export async function loadRealisations(db: KoersDb, programmeId: string): Promise<Realisation[]> {
  const rows = await db.realisations.where('programmeId').equals(programmeId).toArray();
  return parseRowsCached(db, 'realisations', rows);
}

/**
 * Watches a programme's realisation rows; calls back after every write, from this window or
 * another (Dexie's liveQuery, as the amendment log). Returns the function that stops watching.
 */
export function watchRealisations(
  db: KoersDb,
  programmeId: string,
  onRows: (rows: readonly Realisation[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const sub = liveQuery(() => loadRealisations(db, programmeId)).subscribe({
    next: onRows,
    error: onError,
  });
  return () => {
    sub.unsubscribe();
  };
}
