import type { RowDelta } from '../../../shared/delta/delta';
import type { Message } from '../../../shared/i18n/translate';
import type { KoersDb } from '../koers-db';

/** One undo step as kept in the database: the field-level changes it made, and whose it is. */
export type StoredStep = {
  readonly seq?: number;
  /** The window that made the step (its undo stack). */
  readonly owner: string;
  /**
   * Done (on the undo stack) or undone (on the redo stack); 'part' is a record holding more of
   * a large step's changes (see `parts`), never a step of its own.
   */
  readonly state: 'done' | 'undone' | 'part';
  readonly label: Message;
  readonly deltas: readonly RowDelta[];
  /** Steps of one visit to a field merge into one (the field's visit id); null: a step of its own. */
  readonly visit: string | null;
  readonly at: number;
  /** The journal entries this step wrote (journal.ts): replayed at start only if absent here. */
  readonly journal?: readonly string[];
  /**
   * The keys of the records (state 'part', same owner) that hold the rest of this step's
   * changes, in order, when it has more than STEP_PART_DELTAS (`writeStep`).
   */
  readonly parts?: readonly number[];
};

/** A step with its key (and, once read or written, all its changes in `deltas`). */
export type Step = StoredStep & { readonly seq: number };

/**
 * Most changes one history record holds. A step's record is copied (structured clone) in one go
 * on the main thread when written: an import's 20.000 rows in one record was a task of 200 ms
 * and more; in records of this many each copy is a task of its own.
 */
export const STEP_PART_DELTAS = 1000;

/**
 * Adds a step to the history table inside the caller's transaction and gives it with its key:
 * its changes beyond the first STEP_PART_DELTAS in records of their own (state 'part'), each
 * written after the one before has been stored, so no single write copies them all.
 */
export async function writeStep(db: KoersDb, stored: StoredStep): Promise<Step> {
  const { deltas } = stored;
  const parts: number[] = [];
  for (let i = STEP_PART_DELTAS; i < deltas.length; i += STEP_PART_DELTAS)
    parts.push(
      await db.history.add({
        owner: stored.owner,
        state: 'part',
        label: stored.label,
        deltas: deltas.slice(i, i + STEP_PART_DELTAS),
        visit: null,
        at: stored.at,
      }),
    );
  if (parts.length === 0) return { ...stored, seq: await db.history.add(stored) };
  const head: StoredStep = { ...stored, deltas: deltas.slice(0, STEP_PART_DELTAS), parts };
  return { ...stored, parts, seq: await db.history.add(head) };
}

/** The keys of steps and of the records holding the rest of their changes. */
export const stepKeys = (steps: readonly Pick<Step, 'seq' | 'parts'>[]): number[] =>
  steps.flatMap((s) => [s.seq, ...(s.parts ?? [])]);

/** How many done steps each window keeps (issue 8: the last 100 survive a reload and a restart). */
export const HISTORY_KEEP = 100;

/** A window's undo and redo stacks, oldest first. */
export async function loadSteps(
  db: KoersDb,
  owner: string,
): Promise<{ past: Step[]; future: Step[] }> {
  const records = (await db.history.where('owner').equals(owner).sortBy('seq')) as Step[];
  const bySeq = new Map(records.map((s) => [s.seq, s]));
  // A large step's changes put together again from its records (`writeStep`).
  const mine = records.map((s): Step =>
    s.parts === undefined || s.parts.length === 0
      ? s
      : { ...s, deltas: [...s.deltas, ...s.parts.flatMap((k) => bySeq.get(k)?.deltas ?? [])] },
  );
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
  if (old.length > 0) await deleteSteps(db, old);
}

/** Deletes steps by key, with the records holding the rest of their changes. */
export async function deleteSteps(db: KoersDb, seqs: readonly number[]): Promise<void> {
  const steps = await db.history.bulkGet([...seqs]);
  await db.history.bulkDelete([...seqs, ...steps.flatMap((s) => s?.parts ?? [])]);
}
