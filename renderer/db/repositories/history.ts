import type { RowDelta } from '../../../shared/delta/delta';
import type { Message } from '../../../shared/i18n/translate';
import type { KoersDb } from '../koers-db';

/** One undo step as kept in the database: the field-level changes it made, and whose it is. */
export type StoredStep = {
  readonly seq?: number;
  /** The window that made the step (its undo stack). */
  readonly owner: string;
  /** Done (on the undo stack) or undone (on the redo stack). */
  readonly state: 'done' | 'undone';
  readonly label: Message;
  readonly deltas: readonly RowDelta[];
  /** Steps of one visit to a field merge into one (the field's visit id); null: a step of its own. */
  readonly visit: string | null;
  readonly at: number;
  /** The journal entries this step wrote (journal.ts): replayed at start only if absent here. */
  readonly journal?: readonly string[];
};

/** A step with its key. */
export type Step = StoredStep & { readonly seq: number };

/** How many done steps each window keeps (issue 8: the last 100 survive a reload and a restart). */
export const HISTORY_KEEP = 100;

/** A window's undo and redo stacks, oldest first. */
export async function loadSteps(
  db: KoersDb,
  owner: string,
): Promise<{ past: Step[]; future: Step[] }> {
  const mine = (await db.history.where('owner').equals(owner).sortBy('seq')) as Step[];
  return {
    past: mine.filter((s) => s.state === 'done'),
    // The redo stack's next step is its last element: the most recently undone.
    future: mine.filter((s) => s.state === 'undone').reverse(),
  };
}

/**
 * Gives a starting window the steps of windows that are gone (a restart, a closed window), so
 * the last steps survive; steps of windows still open stay theirs.
 */
export async function adoptOrphans(
  db: KoersDb,
  owner: string,
  alive: ReadonlySet<string>,
): Promise<void> {
  await db.transaction('rw', db.history, async () => {
    const orphans = await db.history
      .filter((s) => s.owner !== owner && !alive.has(s.owner))
      .toArray();
    for (const s of orphans) if (s.seq !== undefined) await db.history.update(s.seq, { owner });
    await trimSteps(db, owner);
  });
}

/** Keeps a window's newest done steps; called inside a transaction over `history`. */
export async function trimSteps(db: KoersDb, owner: string): Promise<void> {
  const done = await db.history
    .where('owner')
    .equals(owner)
    .filter((s) => s.state === 'done')
    .primaryKeys();
  const old = done.sort((a, b) => a - b).slice(0, Math.max(0, done.length - HISTORY_KEEP));
  if (old.length > 0) await db.history.bulkDelete(old);
}
