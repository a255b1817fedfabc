import { countsForCapacity } from '../../shared/planning/counting';
import { coverage, type Coverage } from '../../shared/planning/coverage';
import { planLine, type LinePlan } from '../../shared/planning/plan-line';
import type { ProgrammeData } from '../db/repositories/programme-data';
import type { KoersState } from './types';

/** Caches the last answer for the same data object. */
function memoData<R>(fn: (data: ProgrammeData) => R): (data: ProgrammeData) => R {
  let last: { data: ProgrammeData; value: R } | null = null;
  return (data) => {
    if (last?.data === data) return last.value;
    const value = fn(data);
    last = { data, value };
    return value;
  };
}

/** Everything the capacity screen shows, derived from the loaded programme. */
export type PlanningView = LinePlan & {
  readonly coverage: Coverage;
};

const build = memoData((data: ProgrammeData): PlanningView => {
  const { programme } = data;
  const plan = planLine(programme, data.activities);
  return {
    ...plan,
    coverage: coverage(
      programme.mjpId,
      data.themes,
      data.domains,
      data.programmes,
      [...data.activities, ...data.mjpActivities],
      (a) => (a.programmeId === programme.id ? plan.planned.has(a.id) : countsForCapacity(a)),
    ),
  };
});

/** The planning figures of a loaded programme (the same object for the same data). */
export const planningOf = (data: ProgrammeData): PlanningView => build(data);

/** The planning figures of the loaded programme; null until it is loaded. */
export function selectPlanning(state: KoersState): PlanningView | null {
  return state.data ? build(state.data) : null;
}
