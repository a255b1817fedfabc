import type { ProgrammeData } from '../../db/repositories/programme-data';
import { bestSelection, type Selection } from '../../../shared/planning/selection';
import { selectPlanning } from '../planning';
import type { SliceCreator } from '../types';

/** The best selection for a given state of the data (the solver runs after each change). */
export type SelectionSlice = {
  selection: { readonly data: ProgrammeData; readonly result: Selection } | null;
  selectionFailed: boolean;
  refreshSelection: () => Promise<void>;
};

/** What the selection depends on: the candidates and the room (not titles, not costs). */
const problemOf = (planning: NonNullable<ReturnType<typeof selectPlanning>>): string =>
  JSON.stringify([
    planning.candidates.map((c) => [c.id, c.score, c.force, [...c.hours]]),
    [...planning.space],
  ]);

/**
 * Runs the solver for the loaded data; a stale answer (data changed meanwhile) is dropped. The
 * solver runs only when what it solves changed: an edit's optimistic patch and the database's
 * echo of it, or a new title, reuse the answer already found.
 */
export const createSelectionSlice: SliceCreator<SelectionSlice> = (deps) => (set, get) => {
  let solved: { problem: string; result: Selection } | null = null;
  return {
    selection: null,
    selectionFailed: false,
    refreshSelection: async () => {
      const state = get();
      const data = state.data;
      const planning = selectPlanning(state);
      if (!data || !planning) return;
      const problem = problemOf(planning);
      if (solved?.problem === problem) {
        set({ selection: { data, result: solved.result }, selectionFailed: false });
        return;
      }
      try {
        const solve = await deps.loadSolver();
        const result = await bestSelection(planning.candidates, planning.space, solve);
        solved = { problem, result };
        if (get().data === data) set({ selection: { data, result }, selectionFailed: false });
      } catch {
        if (get().data === data) set({ selectionFailed: true });
      }
    },
  };
};
