import type { Change } from '../db/repositories/rows';
import { applyChanges, invertChanges } from '../db/repositories/rows';
import type { KoersDb } from '../db/koers-db';
import type { Message } from '../../shared/i18n/translate';

/** One undoable step: the row changes it made, and a label for the undo button. */
export type HistoryEntry = {
  readonly label: Message;
  readonly changes: readonly Change[];
  /** Edits with the same key in quick succession (typing in one field) merge into one step. */
  readonly coalesceKey: string | null;
  readonly at: number;
};

/** Typing pauses longer than this start a new undo step. */
export const COALESCE_MS = 1500;

/**
 * Merges a new step into the previous one: for each row the earliest `before` and the latest
 * `after` are kept, so undo returns to the state before the first keystroke.
 */
export function mergeEntries(prev: HistoryEntry, next: HistoryEntry): HistoryEntry {
  const merged = new Map<string, Change>();
  for (const c of prev.changes) merged.set(`${c.table}/${c.key}`, c);
  for (const c of next.changes) {
    const id = `${c.table}/${c.key}`;
    const old = merged.get(id);
    merged.set(id, old ? ({ ...c, before: old.before } as Change) : c);
  }
  return { ...next, changes: [...merged.values()] };
}

/** The history the store keeps: steps to undo (newest last) and steps to redo. */
export type History = {
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
};

/** How many steps are kept. */
export const HISTORY_LIMIT = 200;

/** Adds a step, merging it with the previous one when both carry the same coalesce key. */
export function pushEntry(history: History, entry: HistoryEntry): History {
  const last = history.past.at(-1);
  const merge =
    last !== undefined &&
    entry.coalesceKey !== null &&
    last.coalesceKey === entry.coalesceKey &&
    entry.at - last.at < COALESCE_MS;
  const past = merge
    ? [...history.past.slice(0, -1), mergeEntries(last, entry)]
    : [...history.past, entry];
  return { past: past.slice(-HISTORY_LIMIT), future: [] };
}

/** Writes the changes of a step in the given direction. */
export async function replay(
  db: KoersDb,
  entry: HistoryEntry,
  direction: 'undo' | 'redo',
): Promise<void> {
  await applyChanges(db, direction === 'undo' ? invertChanges(entry.changes) : entry.changes);
}
