import { gapAdvice, type GapAdvice } from '../../shared/budget/gap-levers';
import { taakstelling, type TaskChain, type TaskCut } from '../../shared/budget/taakstelling';
import type { ProgrammeData } from '../db/repositories/programme-data';
import type { KoersState } from './types';

let lastAdvice: { data: ProgrammeData; value: GapAdvice } | null = null;

/** What closes the deficit of the loaded programme (issue 9); every lever tried on a copy. */
export function selectGapAdvice(state: KoersState): GapAdvice | null {
  const data = state.data;
  if (!data) return null;
  if (lastAdvice?.data === data) return lastAdvice.value;
  const value = gapAdvice(data.programme, data.activities);
  lastAdvice = { data, value };
  return value;
}

let lastChain: { data: ProgrammeData; key: string; value: TaskChain | null } | null = null;

/** The chain of a taakstelling on the loaded programme: computed, never stored. */
export function taskChainOf(data: ProgrammeData, cut: TaskCut): TaskChain | null {
  const key = JSON.stringify(cut);
  if (lastChain?.data === data && lastChain.key === key) return lastChain.value;
  const value = taakstelling(data.programme, data.activities, cut);
  lastChain = { data, key, value };
  return value;
}
