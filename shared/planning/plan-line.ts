import type { Activity, Programme } from '../domain/schemas';
import type { LineSettings } from '../domain/capacity';
import { monthsOfYear } from '../time/months';
import { cellsWithin, monthRun, teamNumber, teamOfNumber } from './allocation';
import { programmeBridge, type CapacityBridge } from './capacity-bridge';
import { countsForCapacity, isCommitted } from './counting';
import { periodOf, periodsOf, resourceKey, roomOf } from './line-basis';
import {
  aboveFlags,
  candidatesOf,
  liftAll,
  rankedFill,
  type Candidate,
  type LiftNeed,
  type LineResult,
} from './ranking';
import { utilisationOfCells, utilisationOfSums, type Utilisation } from './utilisation';

/** One team in one period of the basis: planned hours against capacity, as the line sees it. */
export type PeriodLoad = {
  readonly teamId: string;
  readonly period: string;
  /** Capacity for planned supervision in the period. */
  readonly capacity: number;
  /** Hours of the planned activities (committed, and above the line) in the period. */
  readonly allocated: number;
  /** allocated ÷ capacity; Infinity when hours fall in a period without capacity. */
  readonly ratio: number;
  /** Hours above capacity (0 when within). */
  readonly over: number;
  /** Hours left (0 when over). */
  readonly free: number;
};

/** The line of a programme, with the capacity and the load it is judged on. */
export type LinePlan = {
  readonly settings: LineSettings;
  readonly bridge: CapacityBridge;
  /** The periods of the basis in order (`Q1`…`Q4`, `J`, or month keys). */
  readonly periods: readonly string[];
  /** Discretionary room per team and period (`teamId|Q2`). */
  readonly space: ReadonlyMap<string, number>;
  readonly candidates: readonly Candidate[];
  readonly line: LineResult;
  readonly lift: ReadonlyMap<string, LiftNeed>;
  /** Ids of the activities that are planned: committed, or above the line. */
  readonly planned: ReadonlySet<string>;
  /** Activities that take no capacity yet: funding not confirmed, postponed or cancelled. */
  readonly notCounted: readonly Activity[];
  /** The team × month heat map of the planned activities. */
  readonly utilisation: Utilisation;
  /** The same load per team and period of the basis: the cells the line is judged on. */
  readonly load: readonly PeriodLoad[];
};

/**
 * The planned rows in order: those that take capacity and are committed or above the line. The
 * candidates are the rows that take capacity and are not committed, in order (`candidatesOf`),
 * so with the fill's flags no id needs looking up; otherwise by id, as always.
 */
function plannedOf(
  activities: readonly Activity[],
  candidates: readonly Candidate[],
  line: LineResult,
): Activity[] {
  const flags = aboveFlags(candidates, line);
  if (flags) {
    const out: Activity[] = [];
    let k = 0;
    for (const a of activities) {
      if (!countsForCapacity(a)) continue;
      if (isCommitted(a)) out.push(a);
      else {
        if (flags[k] === 1) out.push(a);
        k += 1;
      }
    }
    if (k === candidates.length) return out;
  }
  const above = new Set(line.entries.filter((e) => e.above).map((e) => e.id));
  return activities.filter((a) => countsForCapacity(a) && (isCommitted(a) || above.has(a.id)));
}

/** The planned ids planLine gave last (never changed once given: callers only read it). */
let lastPlanned: ReadonlySet<string> | null = null;

/**
 * The ids of the planned rows as a set: the last one again when it holds the same ids in the
 * same order (an edit seldom changes what is planned; a set of thousands costs a collection).
 */
function plannedSet(rows: readonly Activity[]): ReadonlySet<string> {
  const last = lastPlanned;
  if (last !== null && last.size === rows.length) {
    let i = 0;
    let same = true;
    for (const id of last) {
      if (id !== (rows[i] as Activity).id) {
        same = false;
        break;
      }
      i += 1;
    }
    if (same) return last;
  }
  const out = new Set<string>();
  for (const a of rows) out.add(a.id);
  lastPlanned = out;
  return out;
}

/** Hours inside rounding (allocations are spread in hundredths). */
const EPS = 1e-6;

/**
 * The line of a programme as a pure function of its rows: the capacity bridge, the room per
 * team and period, the ranked fill with forces, what would lift each activity below the line,
 * and the load per team and period of the planned work. The heat map, the line and the best
 * selection all read room from here, so they agree on every team-period.
 */
export function planLine(
  programme: Programme,
  programmeActivities: readonly Activity[],
  options: { readonly lift?: boolean } = {},
): LinePlan {
  const settings = programme.line;
  const activities = programmeActivities.filter((a) => a.programmeId === programme.id);
  const yearMonths = monthsOfYear(programme.year);
  const months = new Set(yearMonths);
  const bridge = programmeBridge(programme, activities);
  const space = roomOf(bridge, settings.basis);
  const candidates = candidatesOf(activities, programme.riskScheme, months, settings.basis);
  const line = rankedFill(candidates, space, { strict: settings.strict });
  const plannedRows = plannedOf(activities, candidates, line);
  const planned = plannedSet(plannedRows);
  // What would lift each one is skipped where only the line itself is needed (budget levers).
  const lift: ReadonlyMap<string, LiftNeed> =
    options.lift === false ? new Map<string, LiftNeed>() : liftAll(candidates, line);
  const periods = periodsOf(yearMonths, settings.basis);
  const capacity = new Map<string, number>();
  for (const team of bridge.teams)
    for (const m of team.months) {
      const key = resourceKey(team.teamId, periodOf(m.month, settings.basis));
      capacity.set(key, (capacity.get(key) ?? 0) + Math.max(0, m.capacity));
    }
  // Planned hours per team and period, added cell by cell in the order of the rows.
  const run = monthRun(yearMonths);
  const periodAt = yearMonths.map((m) => periods.indexOf(periodOf(m, settings.basis)));
  const width = periods.length;
  const known = new Set(bridge.teams.map((t) => t.teamId));
  const teamIds = [...known];
  // Per team number (teamNumber): its hours per period, and the teams in the order first met.
  const rows: (Float64Array | undefined)[] = [];
  const met: number[] = [];
  const plannedCells = plannedRows.map((a) => cellsWithin(a, run));
  // The heat map's sums per team and month in the same pass, when it is on the same run.
  const sameRun = monthRun(bridge.months) === run;
  const monthRows: (Float64Array | undefined)[] = [];
  const seen: boolean[] = [];
  const seenOrder: number[] = [];
  for (const c of plannedCells) {
    for (let j = 0; j < c.length;) {
      const t = c[j] as number;
      const end = j + 2 + 2 * (c[j + 1] as number);
      j += 2;
      if (seen[t] !== true) {
        seen[t] = true;
        seenOrder.push(t);
      }
      if (j === end) continue;
      let row = rows[t];
      if (!row) {
        row = new Float64Array(width);
        rows[t] = row;
        met.push(t);
      }
      const monthRow = (monthRows[t] ??= new Float64Array(run.months.length));
      for (; j < end; j += 2) {
        const i = c[j] as number;
        const h = c[j + 1] as number;
        const p = periodAt[i] as number;
        row[p] = (row[p] as number) + h;
        monthRow[i] = (monthRow[i] as number) + h;
      }
    }
  }
  for (const t of met) {
    const teamId = teamOfNumber(t);
    if (!known.has(teamId)) {
      known.add(teamId);
      teamIds.push(teamId);
    }
  }
  const load: PeriodLoad[] = teamIds.flatMap((teamId) =>
    periods.map((period, p) => {
      const key = resourceKey(teamId, period);
      const cap = capacity.get(key) ?? 0;
      const row = rows[teamNumber(teamId)];
      const hours = row ? (row[p] as number) : 0;
      return {
        teamId,
        period,
        capacity: cap,
        allocated: hours,
        ratio: cap > 0 ? hours / cap : hours > EPS ? Infinity : 0,
        over: hours > cap + EPS ? hours - cap : 0,
        free: hours < cap ? cap - hours : 0,
      };
    }),
  );
  return {
    settings,
    bridge,
    periods,
    space,
    candidates,
    line,
    lift,
    planned,
    notCounted: activities.filter((a) => !countsForCapacity(a)),
    // The planned rows in order: the same heat map as asking of every row whether it is planned.
    utilisation: sameRun
      ? utilisationOfSums(bridge, { byTeam: monthRows, met: seenOrder })
      : utilisationOfCells(bridge, plannedCells),
    load,
  };
}
