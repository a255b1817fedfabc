// Test-only reference (issue 11): the derivation as it was before it was made linear, kept
// verbatim so property tests can check the fast one gives the same answers. Not used by the app.

import { budgetView } from './budget-view';
import type { ProgrammeSnapshot } from '../../domain/snapshot';
import { countsForCapacity } from '../counting';
import { coverage } from './coverage';
import { planLine } from './plan-line';
import type { Plan, PlanningView } from '../plan';
// The types are the live module's: only the functions are kept as they were.
export type { Plan, PlanningView };

/** The line plan of a snapshot with its MJP coverage over the years of the MJP. */
export function planningOf(data: ProgrammeSnapshot): PlanningView {
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
}

/**
 * The plan of a snapshot: the one pure function from a programme as it stands to what the
 * capacity and budget screens show (the app caches it per snapshot; tests call it directly).
 */
export function plan(data: ProgrammeSnapshot): Plan {
  const planning = planningOf(data);
  return { planning, budget: budgetView(data, planning) };
}
