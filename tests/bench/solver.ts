/**
 * `npm run bench`, the exact selection (issue 11): HiGHS on the scaled demo's candidates and
 * room (`plan(snapshot).planning`) at each size, with the default options and with a looser gap,
 * as the solver worker runs it: time (median / p95), why it stopped, the gap proven. Reported,
 * never asserted.
 */
import { createRequire } from 'node:module';
import highsLoader from 'highs';
import { scaledDemo } from '../../shared/demo/scaled';
import { snapshotOf } from '../../shared/domain/snapshot';
import { plan } from '../../shared/planning/plan';
import { highsSolver } from '../../shared/planning/selection-highs';
import {
  bestSelection,
  DEFAULT_SOLVE_OPTIONS,
  type Selection,
  type SolveOptions,
} from '../../shared/planning/selection';

const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))] ?? 0;
};

const ms = (x: number): string => (x < 10 ? x.toFixed(1) : x.toFixed(0));
const pct = (x: number): string => `${(x * 100).toFixed(2).replace('.', ',')}%`;

/** Times the exact selection at each size; a table in Markdown. */
export async function benchSolver(sizes: readonly number[], runs = 3): Promise<string> {
  // The bundle lives in .tmp/bench: the WebAssembly is found through node's own resolution.
  const wasm = createRequire(import.meta.url).resolve('highs/runtime');
  const solve = highsSolver(await highsLoader({ locateFile: () => wasm }));
  const configs: readonly [string, SolveOptions][] = [
    ['standaard (0,5%, 2 s)', DEFAULT_SOLVE_OPTIONS],
    ['1%, 2 s', { timeLimitSeconds: 2, relativeGap: 0.01 }],
  ];
  const rows: string[] = [];
  for (const size of sizes) {
    const snapshot = snapshotOf(scaledDemo(size));
    if (!snapshot) throw new Error('no snapshot');
    const { candidates, space } = plan(snapshot).planning;
    const free = candidates.filter((c) => c.force === null).length;
    for (const [name, options] of configs) {
      const times: number[] = [];
      const answers: Selection[] = [];
      for (let i = 0; i < runs; i += 1) {
        const t0 = performance.now();
        answers.push(await bestSelection(candidates, space, solve, [], options));
        times.push(performance.now() - t0);
      }
      const optimal = answers.filter((a) => a.status === 'optimal').length;
      const gaps = answers.map((a) => a.gap);
      rows.push(
        `| ${String(size)} | ${String(free)} | ${name} | ${ms(quantile(times, 0.5))} / ${ms(quantile(times, 0.95))} | ${String(optimal)}/${String(runs)} binnen de gap, ${String(runs - optimal)}/${String(runs)} tijdslimiet | ${pct(quantile(gaps, 0.5))} / ${pct(Math.max(...gaps))} |`,
      );
    }
    process.stdout.write(`solver ${String(size)} done\n`);
  }
  return [
    '| activiteiten | vrije kandidaten | opties | tijd (ms, mediaan / p95) | gestopt | gap bewezen (mediaan / max) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
