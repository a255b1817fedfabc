import type { Dexie } from 'dexie';

/**
 * Schema version 2: the undo history, kept so that the last steps survive a reload and a
 * restart. Each step belongs to the window that made it (`owner`), so an undo in one window
 * never reverts another window's change. Data tables are unchanged.
 */
export function v002History(db: Dexie): void {
  db.version(2).stores({ history: '++seq, owner' });
}
