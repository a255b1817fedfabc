import type { Highs, ModelData } from 'highs';
import {
  DEFAULT_SOLVE_OPTIONS,
  type KnapsackAnswer,
  type KnapsackProblem,
  type KnapsackSolver,
  type SolveOptions,
} from './selection';

/** Small tolerance so hours spread in hundredths never make a fitting set infeasible. */
const SLACK = 1e-6;

/** Writes a number for the LP format (no exponent notation for ordinary sizes). */
const num = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(6));

/** The knapsack problem as a CPLEX LP model with binary variables x0, x1, … (for reading). */
export function toLpModel(problem: KnapsackProblem): string {
  const vars = problem.items.map((_, i) => `x${i}`);
  const objective =
    problem.items.map((item, i) => `${num(Math.max(0, item.value))} ${vars[i]}`).join(' + ') ||
    '0 x_empty';
  const rows: string[] = [];
  let r = 0;
  for (const [key, cap] of problem.capacities) {
    const terms = problem.items
      .map((item, i) => ({ w: item.use.get(key) ?? 0, v: vars[i] }))
      .filter((t) => t.w > 0)
      .map((t) => `${num(t.w)} ${t.v}`);
    if (terms.length === 0) continue;
    r += 1;
    rows.push(` c${r}: ${terms.join(' + ')} <= ${num(cap + SLACK)}`);
  }
  return [
    'Maximize',
    ` obj: ${objective}`,
    'Subject To',
    ...(rows.length > 0 ? rows : [' c0: 0 x_empty >= 0']),
    'Binary',
    ` ${vars.join(' ') || 'x_empty'}`,
    'End',
  ].join('\n');
}

/**
 * The knapsack as HiGHS model data: one binary column per item (its value maximised), one row
 * per capacity that some item uses, the matrix by column. Built directly (no LP text to parse):
 * at 5.000 items the text alone costs more than the proof.
 */
export function toModelData(
  highs: Pick<Highs, 'constants' | 'infinity'>,
  problem: KnapsackProblem,
): ModelData {
  const rowOf = new Map<string, number>();
  const rowUpper: number[] = [];
  for (const [key, cap] of problem.capacities) {
    rowOf.set(key, rowUpper.length);
    rowUpper.push(Math.max(0, cap) + SLACK);
  }
  const n = problem.items.length;
  const starts = new Int32Array(n + 1);
  const indices: number[] = [];
  const values: number[] = [];
  const colCost = new Float64Array(n);
  problem.items.forEach((item, j) => {
    colCost[j] = Math.max(0, item.value);
    for (const [key, w] of item.use) {
      const row = rowOf.get(key);
      if (row === undefined || !(w > 0)) continue;
      indices.push(row);
      values.push(w);
    }
    starts[j + 1] = indices.length;
  });
  const m = rowUpper.length;
  return {
    numCols: n,
    numRows: m,
    sense: highs.constants.objectiveSense.maximize,
    colCost,
    colLower: new Float64Array(n),
    colUpper: new Float64Array(n).fill(1),
    rowLower: new Float64Array(m).fill(-highs.infinity),
    rowUpper: Float64Array.from(rowUpper),
    matrix: {
      format: 'csc',
      numRows: m,
      numCols: n,
      starts,
      indices: Int32Array.from(indices),
      values: Float64Array.from(values),
    },
    integrality: new Int32Array(n).fill(highs.constants.variableType.integer),
  };
}

/** The ids whose column is 1 in a solution vector. */
function chosenOf(problem: KnapsackProblem, x: ArrayLike<number>): Set<string> {
  const chosen = new Set<string>();
  problem.items.forEach((item, i) => {
    if ((x[i] ?? 0) > 0.5) chosen.add(item.id);
  });
  return chosen;
}

/** A relative gap as HiGHS reports it, or from the bound and the objective when it has none. */
function relativeGap(gap: unknown, bound: unknown, objective: number): number {
  if (typeof gap === 'number' && Number.isFinite(gap)) return Math.max(0, gap);
  if (typeof bound === 'number' && Number.isFinite(bound))
    return Math.max(0, bound - objective) / Math.max(1e-9, Math.abs(objective));
  return 1;
}

/**
 * A knapsack solver backed by HiGHS (University of Edinburgh's MIP solver, compiled to
 * WebAssembly by the `highs` package). The loaded instance is passed in: the solver worker loads
 * the WebAssembly from the app's own files, tests load it from node_modules. It searches within
 * the options' `time_limit` and `mip_rel_gap`; a set found when the time runs out is an answer
 * (status 'limit' with the gap proven), not an error. Each improving set found is reported.
 */
export function highsSolver(
  highs: Pick<Highs, 'withModel' | 'constants' | 'infinity'>,
): KnapsackSolver {
  return (problem, options: SolveOptions = DEFAULT_SOLVE_OPTIONS, onImproved) => {
    if (problem.items.length === 0)
      return Promise.resolve({
        chosen: new Set<string>(),
        status: 'optimal',
        gap: 0,
        objective: 0,
      });
    const status = highs.constants.modelStatus;
    const answer = highs.withModel(toModelData(highs, problem), (model): KnapsackAnswer => {
      model.options.set({
        output_flag: false,
        time_limit: Math.max(0.01, options.timeLimitSeconds),
        mip_rel_gap: Math.max(0, options.relativeGap),
      });
      const run = model.run(
        onImproved
          ? {
              [highs.constants.callbackType.mipImprovingSolution]: (event) => {
                const x = event.data.mip_solution;
                if (!x) return undefined;
                const objective = event.data.objective_function_value ?? 0;
                onImproved({
                  chosen: chosenOf(problem, x),
                  status: 'limit',
                  gap: relativeGap(event.data.mip_gap, event.data.mip_dual_bound, objective),
                  objective,
                });
                return undefined;
              },
            }
          : undefined,
      );
      const hasSolution = Number(model.info.get('primal_solution_status')) === 2;
      const stopped =
        run.modelStatus === status.timeLimit ||
        run.modelStatus === status.interrupted ||
        run.modelStatus === status.iterationLimit ||
        run.modelStatus === status.solutionLimit;
      if (run.modelStatus !== status.optimal && !stopped)
        throw new Error(`HiGHS: model status ${String(run.modelStatus)}`);
      if (!hasSolution) {
        // Stopped before any set was found: the empty set fits (every capacity is at least 0).
        return { chosen: new Set(), status: 'limit', gap: 1, objective: 0 };
      }
      const objective = model.getObjectiveValue();
      const gap = relativeGap(
        model.info.get('mip_gap'),
        model.info.get('mip_dual_bound'),
        objective,
      );
      return {
        chosen: chosenOf(problem, model.getSolution().colValue),
        status: run.modelStatus === status.optimal ? 'optimal' : 'limit',
        gap: run.modelStatus === status.optimal && gap < 1e-9 ? 0 : gap,
        objective,
      };
    });
    return Promise.resolve(answer);
  };
}
