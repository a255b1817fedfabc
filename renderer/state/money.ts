import { gapAdvice, type GapAdvice } from '../../shared/budget/gap-levers';
import { taakstelling, type TaskChain, type TaskCut } from '../../shared/budget/taakstelling';
import type { ProgrammeData } from '../db/repositories/programme-data';
import type { KoersState } from './types';

/** The advice per snapshot, kept while it lives. */
const adviceOf = new WeakMap<ProgrammeData, GapAdvice>();

/** What closes the deficit of the loaded programme (issue 9); every lever tried on a copy. */
export function selectGapAdvice(state: KoersState): GapAdvice | null {
  const data = state.data;
  if (!data) return null;
  const known = adviceOf.get(data);
  if (known) return known;
  const value = gapAdvice(data.programme, data.activities);
  adviceOf.set(data, value);
  return value;
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
