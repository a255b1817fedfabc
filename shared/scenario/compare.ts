import { ROEMERNORM } from '../budget/cost-model';
import { summarise, type BudgetSummary, type LineSummary } from '../compare/compare';
import type { Activity } from '../domain/schemas';
import type { ProgrammeSnapshot } from '../domain/snapshot';
import { quarterOf } from '../planning/displacement';
import { plan as derive, type Plan } from '../planning/plan';

/**
 * *Vergelijk scenario's* (issue 12): a base and up to four scenarios side by side. Every figure
 * is read from `plan(snapshot)` and the views it already holds (the line, the bridge, the load
 * per team and period, the heat map, the budget result, the coverage) or from `summarise`, so a
 * column shows exactly what the capacity and budget screens show for that snapshot.
 */

/** At most this many scenarios beside the base (the issue: "up to four side by side"). */
export const MAX_COMPARED_SCENARIOS = 4;

/** One snapshot to compare, with the name its column carries. */
export type CompareSide = { readonly label: string; readonly snapshot: ProgrammeSnapshot };

/** One team-period of the line's basis where planned hours exceed capacity. */
export type OverloadedCell = {
  readonly teamId: string;
  readonly period: string;
  /** Hours above capacity. */
  readonly over: number;
};

/** The budget result with the Roemernorm ratio; null without a cost model. */
export type ScenarioBudget =
  | (NonNullable<BudgetSummary> & {
      /** External hire ÷ (own personnel + external hire), as the budget screen shows it. */
      readonly roemerRatio: number;
      /** True when the ratio is above the Roemernorm. */
      readonly roemerOver: boolean;
    })
  | null;

/** Hours per quarter (Q1…Q4) of the programme year. */
export type Quarters = readonly [number, number, number, number];

/** Everything one column shows: one snapshot's figures, and how it differs from the base. */
export type ScenarioColumn = {
  readonly label: string;
  /** The line in a few figures (the capacity screen's): space, above, committed, overloaded. */
  readonly line: LineSummary;
  /** Discretionary activities below the line. */
  readonly below: number;
  /** Hours of the discretionary activities below the line, within the programme's months. */
  readonly hoursBelow: number;
  /** The team-periods over capacity, in the order of the load (team, then period). */
  readonly overloaded: readonly OverloadedCell[];
  readonly budget: ScenarioBudget;
  /** Planned hours and share of the programme year per theme id (with its sub-themes). */
  readonly coverage: ReadonlyMap<string, { readonly hours: number; readonly share: number }>;
  /** On both sides, planned in the base and not here (fell below the line); empty for the base. */
  readonly fellBelow: readonly Activity[];
  /** On both sides, planned here and not in the base (came above the line); empty for the base. */
  readonly cameAbove: readonly Activity[];
  /**
   * Planned hours here minus in the base, per team and quarter of the programme year (negative:
   * work displaced); only teams with a change; empty for the base.
   */
  readonly displacement: ReadonlyMap<string, Quarters>;
};

/** The rows the columns share: the themes of the MJP and the teams, in the base's order. */
export type ScenarioComparison = {
  readonly base: ScenarioColumn;
  readonly scenarios: readonly ScenarioColumn[];
  /** Themes in MJP tree order (the coverage rows of the base), with their depth. */
  readonly themes: readonly {
    readonly id: string;
    readonly name: string;
    readonly depth: number;
  }[];
  /** Teams in the base's order, then any team only a scenario knows. */
  readonly teams: readonly { readonly id: string; readonly name: string }[];
  /** Scenarios given beyond the four that are compared (not shown). */
  readonly leftOut: number;
};

/** Hours to hundredths (allocations are stored in hundredths): no float dust as a difference. */
const hundredths = (h: number): number => Math.round(h * 100) / 100;

/**
 * Planned hours per team and quarter of the programme year: the heat map's cells (team × month
 * of the planned work, `plan(snapshot).planning.utilisation`) added up per quarter.
 */
function plannedQuarters(p: Plan): Map<string, [number, number, number, number]> {
  const out = new Map<string, [number, number, number, number]>();
  for (const c of p.planning.utilisation.cells) {
    if (c.allocated === 0) continue;
    let q = out.get(c.teamId);
    if (!q) {
      q = [0, 0, 0, 0];
      out.set(c.teamId, q);
    }
    const i = quarterOf(c.month) - 1;
    q[i] = (q[i] as number) + c.allocated;
  }
  return out;
}

/** One column: the snapshot's own figures from its plan, and its differences from the base. */
function columnOf(
  side: CompareSide,
  p: Plan,
  base: { snapshot: ProgrammeSnapshot; plan: Plan; quarters: Map<string, Quarters> } | null,
): ScenarioColumn {
  const { snapshot } = side;
  const { planning, budget } = p;
  const { line, budget: money } = summarise(snapshot, p);
  const candidate = new Map(planning.candidates.map((c) => [c.id, c]));
  let hoursBelow = 0;
  for (const e of planning.line.entries) {
    if (e.above) continue;
    for (const h of candidate.get(e.id)?.hours.values() ?? []) hoursBelow += h;
  }
  const year = snapshot.programme.year;
  const coverage = new Map<string, { hours: number; share: number }>();
  for (const row of planning.coverage.rows) {
    const y = row.years.find((x) => x.year === year);
    coverage.set(row.theme.id, { hours: y?.hours ?? 0, share: y?.share ?? 0 });
  }
  let fellBelow: Activity[] = [];
  let cameAbove: Activity[] = [];
  const displacement = new Map<string, Quarters>();
  if (base) {
    // The same rule as *Vergelijk* of two versions (compareSnapshots): activities on both sides.
    const was = new Set(base.snapshot.activities.map((a) => a.id as string));
    const before = base.plan.planning.planned;
    const both = snapshot.activities.filter((a) => was.has(a.id));
    fellBelow = both.filter((a) => before.has(a.id) && !planning.planned.has(a.id));
    cameAbove = both.filter((a) => !before.has(a.id) && planning.planned.has(a.id));
    const here = plannedQuarters(p);
    for (const team of new Set([...base.quarters.keys(), ...here.keys()])) {
      const b = base.quarters.get(team) ?? [0, 0, 0, 0];
      const a = here.get(team) ?? [0, 0, 0, 0];
      const d: Quarters = [
        hundredths(a[0] - b[0]),
        hundredths(a[1] - b[1]),
        hundredths(a[2] - b[2]),
        hundredths(a[3] - b[3]),
      ];
      if (d.some((x) => x !== 0)) displacement.set(team, d);
    }
  }
  return {
    label: side.label,
    line,
    below: line.candidates - line.above,
    hoursBelow: hundredths(hoursBelow),
    overloaded: planning.load
      .filter((c) => c.over > 0)
      .map((c) => ({ teamId: c.teamId, period: c.period, over: c.over })),
    budget:
      money && budget
        ? {
            ...money,
            roemerRatio: budget.result.roemerRatio,
            roemerOver: budget.result.roemerRatio > ROEMERNORM,
          }
        : null,
    coverage,
    fellBelow,
    cameAbove,
    displacement,
  };
}

/**
 * The base and up to four scenarios side by side (*Vergelijk scenario's*): per column the
 * discretionary space, above and below the line and what differs from the base, the overloaded
 * team-periods, the budget result with the Roemernorm, the MJP coverage per theme, and the
 * planned hours moved against the base per team and quarter. `planOf` gives the plan of a
 * snapshot (the renderer passes its cached one); scenarios beyond four are left out and counted.
 * Pure: comparing the base with itself shows no differences.
 */
export function compareScenarios(
  base: CompareSide,
  scenarios: readonly CompareSide[],
  planOf: (snapshot: ProgrammeSnapshot) => Plan = derive,
): ScenarioComparison {
  const shown = scenarios.slice(0, MAX_COMPARED_SCENARIOS);
  const basePlan = planOf(base.snapshot);
  const ref = {
    snapshot: base.snapshot,
    plan: basePlan,
    quarters: plannedQuarters(basePlan),
  };
  const teams = new Map<string, string>(base.snapshot.teams.map((t) => [t.id, t.name]));
  for (const s of shown)
    for (const t of s.snapshot.teams) if (!teams.has(t.id)) teams.set(t.id, t.name);
  return {
    base: columnOf(base, basePlan, null),
    scenarios: shown.map((s) => columnOf(s, planOf(s.snapshot), ref)),
    themes: basePlan.planning.coverage.rows.map((r) => ({
      id: r.theme.id,
      name: r.theme.name,
      depth: r.depth,
    })),
    teams: [...teams].map(([id, name]) => ({ id, name })),
    leftOut: scenarios.length - shown.length,
  };
}
