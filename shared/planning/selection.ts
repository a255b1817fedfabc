import { roomAfterForced, type Candidate, type TeamHours } from './ranking';

/**
 * A 0–1 knapsack with several capacities: choose items to maximise total value so that, for
 * every resource, the chosen items' use stays within its capacity.
 */
export type KnapsackProblem = {
  readonly items: readonly {
    readonly id: string;
    readonly value: number;
    readonly use: ReadonlyMap<string, number>;
  }[];
  readonly capacities: ReadonlyMap<string, number>;
};

/**
 * How long and how exactly the solver searches: it stops at the time limit, or as soon as the
 * best set found is proven within `relativeGap` of the optimum (HiGHS `time_limit`, `mip_rel_gap`).
 */
export type SolveOptions = {
  readonly timeLimitSeconds: number;
  readonly relativeGap: number;
};

/** The defaults: at most 2 s, stop once proven within 0,5% of the optimum. */
export const DEFAULT_SOLVE_OPTIONS: SolveOptions = { timeLimitSeconds: 2, relativeGap: 0.005 };

/**
 * Why the search stopped: 'optimal' when the set is proven within the requested gap (0 when the
 * gap asked is 0), 'limit' when the time ran out first (the best set found by then is the answer).
 */
export type SolveStatus = 'optimal' | 'limit';

/** A solver's answer: the ids chosen, why it stopped, the relative gap proven, the objective. */
export type KnapsackAnswer = {
  readonly chosen: ReadonlySet<string>;
  readonly status: SolveStatus;
  /** (bound − objective) / objective as proven by the solver: 0 is proven optimal. */
  readonly gap: number;
  readonly objective: number;
};

/**
 * Solves a knapsack problem; `onImproved` hears each better set found while the proof runs.
 * Passed in, so shared/ stays pure.
 */
export type KnapsackSolver = (
  problem: KnapsackProblem,
  options?: SolveOptions,
  onImproved?: (answer: KnapsackAnswer) => void,
) => Promise<KnapsackAnswer>;

/** The best selection found, its total score, and how close to the optimum it is proven. */
export type Selection = {
  readonly selected: ReadonlySet<string>;
  readonly totalScore: number;
  readonly status: SolveStatus;
  /** Relative gap to the optimum proven by the solver (0: optimal). */
  readonly gap: number;
};

/** An extra resource for the selection (later: the budget), with each candidate's use of it. */
export type ExtraConstraint = {
  readonly key: string;
  readonly capacity: number;
  readonly use: ReadonlyMap<string, number>;
};

/** The knapsack the best selection solves: the free candidates against the room left. */
export function selectionProblem(
  candidates: readonly Candidate[],
  space: TeamHours,
  extra: readonly ExtraConstraint[] = [],
): KnapsackProblem {
  const room = roomAfterForced(candidates, space);
  const capacities = new Map<string, number>();
  for (const [t, h] of room) capacities.set(`team:${t}`, h);
  for (const e of extra) {
    const forcedUse = candidates
      .filter((c) => c.force === 'in')
      .reduce((s, c) => s + (e.use.get(c.id) ?? 0), 0);
    capacities.set(`extra:${e.key}`, Math.max(0, e.capacity - forcedUse));
  }
  const items = candidates
    .filter((c) => c.force === null)
    .map((c) => {
      const use = new Map<string, number>();
      for (const [t, h] of c.hours) {
        use.set(`team:${t}`, h);
        // A team with no room at all has none for this candidate either (as the ranked fill says).
        if (!capacities.has(`team:${t}`)) capacities.set(`team:${t}`, 0);
      }
      for (const e of extra) use.set(`extra:${e.key}`, e.use.get(c.id) ?? 0);
      return { id: c.id, value: c.score, use };
    });
  return { items, capacities };
}

/** The selection a solver's answer makes: forced-in activities always in, with its score. */
function selectionOf(candidates: readonly Candidate[], answer: KnapsackAnswer): Selection {
  const selected = new Set(candidates.filter((c) => c.force === 'in').map((c) => c.id));
  for (const id of answer.chosen) selected.add(id);
  const totalScore = candidates.filter((c) => selected.has(c.id)).reduce((s, c) => s + c.score, 0);
  return { selected, totalScore, status: answer.status, gap: answer.gap };
}

/**
 * The best selection: the set of discretionary activities with the highest total score that
 * fits every team's discretionary space (after the forced-in ones), with forced-in activities
 * always in and forced-out ones never. Within the options' time limit and gap: a set found when
 * the time runs out is an answer, with the gap the solver proved.
 */
export async function bestSelection(
  candidates: readonly Candidate[],
  space: TeamHours,
  solve: KnapsackSolver,
  extra: readonly ExtraConstraint[] = [],
  options: SolveOptions = DEFAULT_SOLVE_OPTIONS,
  onImproved?: (selection: Selection) => void,
): Promise<Selection> {
  const problem = selectionProblem(candidates, space, extra);
  const answer = await solve(
    problem,
    options,
    onImproved &&
      ((found) => {
        onImproved(selectionOf(candidates, found));
      }),
  );
  return selectionOf(candidates, answer);
}
