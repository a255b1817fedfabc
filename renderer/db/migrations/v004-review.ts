import type { Dexie } from 'dexie';
import { TABLES } from '../../../shared/domain/tables';

/**
 * Schema version 4: scenarios, decisions and comments (issue 12), and realisations (issue 13:
 * realised hours and costs per activity, team and month). Four new tables, their indexes from
 * the registry; no existing row changes (the activities' and programmes' new realisation fields
 * have defaults, so rows stored before parse as they are).
 */
export function v004Review(db: Dexie): void {
  db.version(4).stores({
    scenarios: TABLES.scenarios.indexes,
    decisions: TABLES.decisions.indexes,
    comments: TABLES.comments.indexes,
    realisations: TABLES.realisations.indexes,
  });
}
