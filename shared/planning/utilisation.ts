import type { Activity } from '../domain/schemas';
import type { MonthKey } from '../domain/units';
import { cellsWithin, monthRun, teamNumber, teamOfNumber, type RunCells } from './allocation';
import type { CapacityBridge } from './capacity-bridge';

/** One cell of the team × month heat map. */
export type UtilisationCell = {
  readonly teamId: string;
  readonly month: MonthKey;
  readonly allocated: number;
  readonly capacity: number;
  /** allocated ÷ capacity; Infinity when hours are allocated to a month without capacity. */
  readonly ratio: number;
  /** Hours above capacity (0 when within). */
  readonly over: number;
};

/** The heat map and the over-allocations found in it. */
export type Utilisation = {
  readonly cells: readonly UtilisationCell[];
  readonly overAllocated: readonly UtilisationCell[];
};

/** Hours allocated within a month's capacity are not over it (spreading rounds to hundredths). */
const EPS = 1e-6;

/**
 * Allocation per team per month of the planned activities (`planned` says which count: the
 * committed ones and those above the line) against the capacity for planned supervision.
 * Every cell where more is allocated than there is capacity is reported, so capacity is never
 * exceeded silently. Hours of a team without capacity in the bridge count against zero.
 */
export function utilisation(
  bridge: CapacityBridge,
  activities: readonly Activity[],
  planned: (a: Activity) => boolean,
): Utilisation {
  const run = monthRun(bridge.months);
  return utilisationOfCells(
    bridge,
    activities.filter(planned).map((a) => cellsWithin(a, run)),
  );
}

/**
 * `utilisation` from the planned activities' cells within the bridge's months (`cellsWithin`
 * on `monthRun(bridge.months)`), in the order of the rows: for a caller that has them already.
 */
export function utilisationOfCells(
  bridge: CapacityBridge,
  plannedCells: readonly RunCells[],
): Utilisation {
  const width = bridge.months.length;
  // Per team number (teamNumber): allocated hours per month, added in the order of the rows.
  const byTeam: (Float64Array | undefined)[] = [];
  const seen: boolean[] = [];
  const met: number[] = [];
  for (const c of plannedCells) {
    for (let j = 0; j < c.length;) {
      const t = c[j] as number;
      const end = j + 2 + 2 * (c[j + 1] as number);
      j += 2;
      if (seen[t] !== true) {
        seen[t] = true;
        met.push(t);
      }
      if (j === end) continue;
      const row = (byTeam[t] ??= new Float64Array(width));
      for (; j < end; j += 2) {
        const i = c[j] as number;
        row[i] = (row[i] as number) + (c[j + 1] as number);
      }
    }
  }
  return utilisationOfSums(bridge, { byTeam, met });
}

/**
 * Hours per team number (`teamNumber`) per month of a bridge's run (`monthRun(bridge.months)`),
 * added in the order of the rows, and every team of the planned rows in the order first met.
 */
export type MonthSums = {
  readonly byTeam: readonly (Float64Array | undefined)[];
  readonly met: readonly number[];
};

/** `utilisation` from the planned hours already summed per team and month. */
export function utilisationOfSums(bridge: CapacityBridge, sums: MonthSums): Utilisation {
  const run = monthRun(bridge.months);
  const teamIds = new Set(bridge.teams.map((t) => t.teamId));
  for (const t of sums.met) teamIds.add(teamOfNumber(t));
  const teamById = new Map<string, CapacityBridge['teams'][number]>();
  for (const t of [...bridge.teams].reverse()) teamById.set(t.teamId, t);
  const cells: UtilisationCell[] = [];
  for (const teamId of teamIds) {
    const team = teamById.get(teamId);
    const row = sums.byTeam[teamNumber(teamId)];
    for (const [i, month] of bridge.months.entries()) {
      const capacity = Math.max(0, team?.months[i]?.capacity ?? 0);
      const hours = row ? (row[run.position.get(month) as number] as number) : 0;
      const ratio = capacity > 0 ? hours / capacity : hours > EPS ? Infinity : 0;
      cells.push({
        teamId,
        month,
        allocated: hours,
        capacity,
        ratio,
        over: hours > capacity + EPS ? hours - capacity : 0,
      });
    }
  }
  return { cells, overAllocated: cells.filter((c) => c.over > 0) };
}
