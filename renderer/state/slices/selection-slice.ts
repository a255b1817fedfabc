import type { ProgrammeData } from '../../db/repositories/programme-data';
import { bestSelection, type Selection } from '../../../shared/planning/selection';
import { selectPlanning } from '../planning';
import { selectBudget } from '../budget';
import { closeGap, type GapClosure } from '../../../shared/budget/close-gap';
import type { SliceCreator } from '../types';

/** The best selection for a given state of the data (the solver runs after each change). */
export type SelectionSlice = {
  selection: { readonly data: ProgrammeData; readonly result: Selection } | null;
  /** How to close a budget deficit, for the data it was computed on (null: no deficit). */
  gap: { readonly data: ProgrammeData; readonly closure: GapClosure | null } | null;
  selectionFailed: boolean;
  refreshSelection: () => Promise<void>;
};

/** Runs the solver for the loaded data; a stale answer (data changed meanwhile) is dropped. */
export const createSelectionSlice: SliceCreator<SelectionSlice> = (deps) => (set, get) => ({
  selection: null,
  gap: null,
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
      const money = selectBudget(get());
      if (get().data !== data) return;
      if (!money || money.result.result >= 0) {
        set({ gap: { data, closure: null } });
        return;
      }
      const plannedDiscretionary = planning.candidates.filter((c) =>
        planning.line.entries.some((e) => e.id === c.id && e.above),
      );
      const closure = await closeGap(
        plannedDiscretionary,
        (id) => money.costOf.get(id) ?? 0,
        0 - money.result.result,
        solve,
      );
      if (get().data === data) set({ gap: { data, closure } });
    } catch {
      if (get().data === data) set({ selectionFailed: true });
    }
  },
});
