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

/** Runs the solver for the loaded data; a stale answer (data changed meanwhile) is dropped. */
export const createSelectionSlice: SliceCreator<SelectionSlice> = (deps) => (set, get) => ({
  selection: null,
  selectionFailed: false,
  refreshSelection: async () => {
    const state = get();
    const data = state.data;
    const planning = selectPlanning(state);
    if (!data || !planning) return;
    try {
      const solve = await deps.loadSolver();
      const result = await bestSelection(planning.candidates, planning.space, solve);
      if (get().data === data) set({ selection: { data, result }, selectionFailed: false });
    } catch {
      if (get().data === data) set({ selectionFailed: true });
    }
  },
});
