import { liveQuery } from 'dexie';
import type { Scenario } from '../../shared/domain/review';
import type { KoersDb } from './koers-db';
import { parseRowsCached } from './repositories/row-cache';

/**
 * Watches the scenarios (of every programme; issue 12), oldest first; calls back after every
 * write, from this window or another. Returns the function that stops watching.
 */
export function watchScenarios(
  db: KoersDb,
  onScenarios: (scenarios: readonly Scenario[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const sub = liveQuery(async () =>
    parseRowsCached(db, 'scenarios', await db.scenarios.toArray()).sort((a, b) =>
      a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
    ),
  ).subscribe({ next: onScenarios, error: onError });
  return () => {
    sub.unsubscribe();
  };
}
