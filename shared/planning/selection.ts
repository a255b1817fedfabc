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

/** Solves a knapsack problem exactly; returns the ids chosen. Passed in, so shared/ stays pure. */
export type KnapsackSolver = (problem: KnapsackProblem) => Promise<ReadonlySet<string>>;

/** The best selection and how it compares with the ranked fill. */
export type Selection = {
  readonly selected: ReadonlySet<string>;
  readonly totalScore: number;
};

/** An extra resource for the selection (later: the budget), with each candidate's use of it. */
export type ExtraConstraint = {
  readonly key: string;
  readonly capacity: number;
  readonly use: ReadonlyMap<string, number>;
};

/**
 * The best selection: the set of discretionary activities with the highest total score that
 * fits every team's discretionary space (after the forced-in ones), with forced-in activities
 * always in and forced-out ones never.
 */
export async function bestSelection(
  candidates: readonly Candidate[],
  space: TeamHours,
  solve: KnapsackSolver,
  extra: readonly ExtraConstraint[] = [],
): Promise<Selection> {
  const room = roomAfterForced(candidates, space);
  const capacities = new Map<string, number>();
  for (const [t, h] of room) capacities.set(`team:${t}`, h);
  for (const e of extra) {
    const forcedUse = candidates
      .filter((c) => c.force === 'in')
      .reduce((s, c) => s + (e.use.get(c.id) ?? 0), 0);
    capacities.set(`extra:${e.key}`, Math.max(0, e.capacity - forcedUse));
  }
  const free = candidates.filter((c) => c.force === null);
  const items = free.map((c) => {
    const use = new Map<string, number>();
    for (const [t, h] of c.hours) use.set(`team:${t}`, h);
    for (const e of extra) use.set(`extra:${e.key}`, e.use.get(c.id) ?? 0);
    return { id: c.id, value: c.score, use };
  });
  const chosen = await solve({ items, capacities });
  const selected = new Set(candidates.filter((c) => c.force === 'in').map((c) => c.id));
  for (const id of chosen) selected.add(id);
  const totalScore = candidates.filter((c) => selected.has(c.id)).reduce((s, c) => s + c.score, 0);
  return { selected, totalScore };
}
