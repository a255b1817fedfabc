import type { ProgrammeSnapshot } from '../../shared/domain/snapshot';
import { plan, type Plan, type PlanningView } from '../../shared/planning/plan';
import type { KoersState } from './types';

export type { PlanningView } from '../../shared/planning/plan';

/** One plan per snapshot, kept while the snapshot lives (two snapshots can sit side by side). */
const plans = new WeakMap<ProgrammeSnapshot, Plan>();

/** The plan of a snapshot (the same object for the same snapshot). */
export function planOf(data: ProgrammeSnapshot): Plan {
  let value = plans.get(data);
  if (!value) {
    value = plan(data);
    plans.set(data, value);
  }
  return value;
}

/** The planning figures of a snapshot (the same object for the same snapshot). */
export const planningOf = (data: ProgrammeSnapshot): PlanningView => planOf(data).planning;

/** The planning figures of the loaded programme; null until it is loaded. */
export function selectPlanning(state: KoersState): PlanningView | null {
  return state.data ? planningOf(state.data) : null;
}
