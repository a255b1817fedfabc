import type { Dexie } from 'dexie';
import { TABLES } from '../../../shared/domain/tables';

/**
 * Schema version 4: scenarios, decisions and comments (issue 12). Three new tables, their
 * indexes from the registry; no existing row changes.
 */
export function v004Review(db: Dexie): void {
  db.version(4).stores({
    scenarios: TABLES.scenarios.indexes,
    decisions: TABLES.decisions.indexes,
    comments: TABLES.comments.indexes,
  });
}
