import { getRow } from '../../db/repositories/rows';
import { translate } from '../../../shared/i18n/translate';
import { pushEntry, replay, type HistoryEntry } from '../undoable';
import type { HistorySlice, ReadRow, SliceCreator } from '../types';

/**
 * Undo and redo as a property of the command layer (Actual Budget's `undoable`): every
 * mutation returns row changes, which are written in one transaction and kept with their
 * inverse. Mutations run one after another, so fast typing keeps its order.
 */
export const createHistorySlice: SliceCreator<HistorySlice> = (deps) => (set, get) => {
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(job: () => Promise<T>): Promise<T> => {
    set((s) => ({ busy: s.busy + 1 }));
    const run = queue.then(job).finally(() => {
      set((s) => ({ busy: s.busy - 1 }));
    });
    queue = run.catch(() => undefined);
    return run;
  };
  const read: ReadRow = (table, key) => getRow(deps.db, table, key) as never;
  const fail = (error: unknown): void => {
    const quota = error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
    get().showNotice({ key: quota ? 'error.quota' : 'error.saveFailed' }, 'error');
  };

  return {
    history: { past: [], future: [] },
    busy: 0,
    undoable: (label, mutation, coalesceKey) =>
      enqueue(async () => {
        try {
          // A change that leaves a row as it was is no step: it would make undo seem to do nothing.
          const changes = (await mutation(read)).filter(
            (c) => JSON.stringify(c.before) !== JSON.stringify(c.after),
          );
          if (changes.length === 0) return true;
          const entry: HistoryEntry = {
            label,
            changes,
            coalesceKey: coalesceKey ?? null,
            at: deps.now(),
          };
          await replay(deps.db, entry, 'redo');
          set((s) => ({ history: pushEntry(s.history, entry) }));
          return true;
        } catch (error) {
          fail(error);
          return false;
        }
      }),
    undo: () =>
      enqueue(async () => {
        const entry = get().history.past.at(-1);
        if (!entry) return;
        try {
          await replay(deps.db, entry, 'undo');
          set((s) => ({
            history: { past: s.history.past.slice(0, -1), future: [...s.history.future, entry] },
          }));
          get().showNotice({
            key: 'history.undone',
            params: { what: translate(entry.label.key, entry.label.params) },
          });
        } catch (error) {
          fail(error);
        }
      }),
    redo: () =>
      enqueue(async () => {
        const entry = get().history.future.at(-1);
        if (!entry) return;
        try {
          await replay(deps.db, entry, 'redo');
          set((s) => ({
            history: {
              past: [...s.history.past, { ...entry, coalesceKey: null }],
              future: s.history.future.slice(0, -1),
            },
          }));
          get().showNotice({
            key: 'history.redone',
            params: { what: translate(entry.label.key, entry.label.params) },
          });
        } catch (error) {
          fail(error);
        }
      }),
  };
};
