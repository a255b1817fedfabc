import type { GapAdvice } from '../../shared/budget/gap-levers';
import { taakstelling, type TaskChain, type TaskCut } from '../../shared/budget/taakstelling';
import type { ProgrammeData } from '../db/repositories/programme-data';
import type { KoersState } from './types';

/**
 * What closes the deficit of the loaded programme (issue 9; every lever tried on a copy), as the
 * solver worker last computed it (issue 11), with the data it was computed for; null before the
 * first answer. The object is the store's own, so a component selecting it re-renders only when
 * a new answer arrives.
 */
export function selectGapAdvice(
  state: KoersState,
): { readonly data: ProgrammeData; readonly advice: GapAdvice } | null {
  return state.data ? state.gapAdvice : null;
}

/** True when the gap advice held is for the data shown (false while it is computed again). */
export function selectGapAdviceCurrent(state: KoersState): boolean {
  return state.gapAdvice !== null && state.gapAdvice.data === state.data;
}

/** The last chain asked per snapshot (the cut changes as it is typed), kept while it lives. */
const chainOf = new WeakMap<ProgrammeData, { key: string; value: TaskChain | null }>();

/** The chain of a taakstelling on the loaded programme: computed, never stored. */
export function taskChainOf(data: ProgrammeData, cut: TaskCut): TaskChain | null {
  const key = JSON.stringify(cut);
  const known = chainOf.get(data);
  if (known?.key === key) return known.value;
  const value = taakstelling(data.programme, data.activities, cut);
  chainOf.set(data, { key, value });
  return value;
}
