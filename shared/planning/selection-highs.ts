import type { Highs } from 'highs';
import type { KnapsackProblem, KnapsackSolver } from './selection';

/** Small tolerance so hours spread in hundredths never make a fitting set infeasible. */
const SLACK = 1e-6;

/** Writes a number for the LP format (no exponent notation for ordinary sizes). */
const num = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(6));

/** The knapsack problem as a CPLEX LP model with binary variables x0, x1, …. */
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
 * A knapsack solver backed by HiGHS (University of Edinburgh's MIP solver, compiled to
 * WebAssembly by the `highs` package). The loaded instance is passed in: the page loads the
 * WebAssembly from the app's own files, tests load it from node_modules.
 */
export function highsSolver(highs: Pick<Highs, 'solve'>): KnapsackSolver {
  return (problem) => {
    if (problem.items.length === 0) return Promise.resolve(new Set<string>());
    // Stop-gap until the solver runs in a worker (issue 11): never search longer than 3 s; the
    // best selection found by then is an answer.
    const result = highs.solve(toLpModel(problem), { mip_rel_gap: 0, time_limit: 3 });
    const usable = result.Status === 'Optimal' || result.Status === 'Time limit reached';
    if (!usable) throw new Error(`HiGHS: ${result.Status}`);
    const chosen = new Set<string>();
    problem.items.forEach((item, i) => {
      const col = result.Columns[`x${i}`];
      if (col && 'Primal' in col && col.Primal > 0.5) chosen.add(item.id);
    });
    return Promise.resolve(chosen);
  };
}
