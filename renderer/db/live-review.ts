import { liveQuery } from 'dexie';
import type { Comment, Decision } from '../../shared/domain/review';
import type { KoersDb } from './koers-db';
import { parseRowsCached } from './repositories/row-cache';

/** A programme's decisions and comments, as stored. */
export type ReviewRows = {
  readonly programmeId: string | null;
  readonly decisions: readonly Decision[];
  readonly comments: readonly Comment[];
};

/**
 * Watches the decisions and comments of one programme (issue 12; modelled on `watchVersions`):
 * calls back after every write to either table, from this window or another. Returns the
 * function that stops watching.
 */
export function watchReview(
  db: KoersDb,
  programmeId: string | null,
  onRows: (rows: ReviewRows) => void,
  onError: (error: unknown) => void,
): () => void {
  if (programmeId === null) {
    onRows({ programmeId, decisions: [], comments: [] });
    return () => undefined;
  }
  const sub = liveQuery(async () => ({
    programmeId,
    decisions: parseRowsCached(
      db,
      'decisions',
      await db.decisions.where('programmeId').equals(programmeId).toArray(),
    ),
    comments: parseRowsCached(
      db,
      'comments',
      await db.comments.where('programmeId').equals(programmeId).toArray(),
    ),
  })).subscribe({ next: onRows, error: onError });
  return () => {
    sub.unsubscribe();
  };
}
