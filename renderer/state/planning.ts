import type { Activity } from '../../shared/domain/schemas';
import { programmeBridge, type CapacityBridge } from '../../shared/planning/capacity-bridge';
import { countsForCapacity, isCommitted } from '../../shared/planning/counting';
import { coverage, type Coverage } from '../../shared/planning/coverage';
import {
  candidatesOf,
  liftNeed,
  rankedFill,
  type Candidate,
  type LiftNeed,
  type LineResult,
} from '../../shared/planning/ranking';
import { utilisation, type Utilisation } from '../../shared/planning/utilisation';
import { monthsOfYear } from '../../shared/time/months';
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
export type PlanningView = {
  readonly bridge: CapacityBridge;
  readonly space: ReadonlyMap<string, number>;
  readonly candidates: readonly Candidate[];
  readonly line: LineResult;
  readonly lift: ReadonlyMap<string, LiftNeed>;
  readonly utilisation: Utilisation;
  readonly coverage: Coverage;
  /** Activities that take no capacity yet: funding not confirmed, postponed or cancelled. */
  readonly notCounted: readonly Activity[];
  /** Ids of the activities that are planned: committed, or above the line. */
  readonly planned: ReadonlySet<string>;
};

const build = memoData((data: ProgrammeData): PlanningView => {
  const { programme } = data;
  const activities = data.activities.filter((a) => a.programmeId === programme.id);
  const months = new Set(monthsOfYear(programme.year));
  const bridge = programmeBridge(programme, activities);
  const space = new Map(bridge.teams.map((t) => [t.teamId, t.discretionary]));
  const candidates = candidatesOf(activities, programme.riskScheme, months);
  const line = rankedFill(candidates, space);
  const above = new Set(line.entries.filter((e) => e.above).map((e) => e.id));
  const planned = new Set(
    activities
      .filter((a) => countsForCapacity(a) && (isCommitted(a) || above.has(a.id)))
      .map((a) => a.id as string),
  );
  const lift = new Map<string, LiftNeed>();
  for (const e of line.entries) {
    if (e.above) continue;
    const need = liftNeed(candidates, line, e.id);
    if (need) lift.set(e.id, need);
  }
  return {
    bridge,
    space,
    candidates,
    line,
    lift,
    utilisation: utilisation(bridge, activities, (a) => planned.has(a.id)),
    coverage: coverage(
      programme.mjpId,
      data.themes,
      data.domains,
      data.programmes,
      [...data.activities, ...data.mjpActivities],
      (a) => (a.programmeId === programme.id ? planned.has(a.id) : countsForCapacity(a)),
    ),
    notCounted: activities.filter((a) => !countsForCapacity(a)),
    planned,
  };
});

/** The planning figures of the loaded programme; null until it is loaded. */
export function selectPlanning(state: KoersState): PlanningView | null {
  return state.data ? build(state.data) : null;
}
