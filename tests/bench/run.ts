/**
 * `npm run bench` (issue 11): times what every edit re-runs and the programme file, on the demo
 * scaled to 100 … 20.000 activities, as median and p95, each with its ratio to a bare
 * typed-array loop that computes the same load per team per month in the same run. Not part of
 * `npm test`: timings are reported, never asserted (the machines are shared and noisy).
 */
import { scaledDemo } from '../../shared/demo/scaled';
import { snapshotOf } from '../../shared/domain/snapshot';
import { plan } from '../../shared/planning/plan';
import { readProgrammeFile, writeProgrammeFile } from '../../shared/file/programme-file';
import { benchRealisation } from './realisation';
import { benchSolver } from './solver';

const SIZES = (process.env.KOERS_BENCH_SIZES ?? '100,500,2000,5000,20000').split(',').map(Number);
const BUDGET_MS = Number(process.env.KOERS_BENCH_BUDGET_MS ?? 20_000);

/**
 * Runs `job` until `budget` ms are spent (at least 3 times, at most 200): the times in ms. The
 * first runs warm the JIT and the row caches, as a window that has been open a while is warm:
 * up to 20 untimed runs, or a quarter of the budget, first.
 */
function times(job: () => void, budget: number): number[] {
  const warmUntil = performance.now() + budget / 4;
  for (let i = 0; i < 20 && performance.now() < warmUntil; i += 1) job();
  const out: number[] = [];
  const until = performance.now() + budget;
  while (out.length < 3 || (out.length < 200 && performance.now() < until)) {
    const t0 = performance.now();
    job();
    out.push(performance.now() - t0);
  }
  return out;
}

const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))] ?? 0;
};

/** The bare loop: hours per team per month of every activity, in a typed array. */
function bareLoad(
  activities: readonly {
    startMonth: string;
    endMonth: string;
    allocations: readonly { teamId: string; hours: number }[];
  }[],
  teamIndex: ReadonlyMap<string, number>,
): Float64Array {
  const load = new Float64Array(teamIndex.size * 12);
  for (const a of activities) {
    const from = Number(a.startMonth.slice(5, 7)) - 1;
    const to = Number(a.endMonth.slice(5, 7)) - 1;
    const months = to - from + 1;
    for (const al of a.allocations) {
      const t = teamIndex.get(al.teamId) ?? 0;
      const per = al.hours / months;
      for (let m = from; m <= to; m += 1) load[t * 12 + m] = (load[t * 12 + m] ?? 0) + per;
    }
  }
  return load;
}

const fmt = (ms: number): string =>
  ms < 10 ? ms.toFixed(2) : ms < 1000 ? ms.toFixed(1) : ms.toFixed(0);

const rows: string[][] = [];
/** Size and median derivation time, for the fitted growth exponent (issue 11). */
const fitted: [number, number][] = [];
for (const size of SIZES) {
  const demo = scaledDemo(size);
  const snapshot = snapshotOf(demo);
  if (!snapshot) throw new Error('no snapshot');
  const teamIndex = new Map(demo.teams.map((t, i) => [t.id as string, i]));
  // Each edit gives a new snapshot object (rows are replaced, never mutated): no cache hits.
  const derive = times(() => {
    plan({ ...snapshot, activities: [...snapshot.activities] });
  }, BUDGET_MS);
  const bare = times(() => {
    bareLoad(snapshot.activities, teamIndex);
  }, 200);
  const text = writeProgrammeFile([demo], {
    kind: 'back-up',
    exportedAt: '2026-11-24T10:00:00.000Z',
    appVersion: 'bench',
  });
  const write = times(() => {
    writeProgrammeFile([demo], {
      kind: 'back-up',
      exportedAt: '2026-11-24T10:00:00.000Z',
      appVersion: 'bench',
    });
  }, BUDGET_MS / 4);
  const stringify = times(() => {
    JSON.stringify(demo, null, 2);
  }, 500);
  const read = times(() => {
    const r = readProgrammeFile('bench.koers.json', text);
    if (!r.ok) throw new Error(r.error.key);
  }, BUDGET_MS / 4);
  const parse = times(() => {
    JSON.parse(text);
  }, 500);
  fitted.push([size, quantile(derive, 0.5)]);
  const ratio = (a: number[], b: number[]) =>
    `${(quantile(a, 0.5) / Math.max(1e-6, quantile(b, 0.5))).toFixed(0)}×`;
  rows.push([
    String(size),
    `${fmt(quantile(derive, 0.5))} / ${fmt(quantile(derive, 0.95))}`,
    ratio(derive, bare),
    `${fmt(quantile(read, 0.5))} / ${fmt(quantile(read, 0.95))}`,
    ratio(read, parse),
    `${fmt(quantile(write, 0.5))} / ${fmt(quantile(write, 0.95))}`,
    ratio(write, stringify),
    `${(text.length / 1024 / 1024).toFixed(1)} MB`,
  ]);
  process.stdout.write(`${String(size)} done\n`);
}

const head = [
  'activiteiten',
  'afleiding per wijziging (ms, mediaan / p95)',
  '× kale lus',
  'bestand lezen (ms)',
  '× JSON.parse',
  'bestand schrijven (ms)',
  '× JSON.stringify',
  'bestand',
];
const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
process.stdout.write(
  [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n') + '\n',
);

// The growth exponent of the derivation: least squares on log n against log median, from 500 up.
const fit = fitted.filter(([n]) => n >= 500).map(([n, ms]) => [Math.log(n), Math.log(ms)]);
if (fit.length >= 2) {
  const mx = fit.reduce((s, [x]) => s + (x ?? 0), 0) / fit.length;
  const my = fit.reduce((s, [, y]) => s + (y ?? 0), 0) / fit.length;
  const sxy = fit.reduce((s, [x, y]) => s + ((x ?? 0) - mx) * ((y ?? 0) - my), 0);
  const sxx = fit.reduce((s, [x]) => s + ((x ?? 0) - mx) ** 2, 0);
  process.stdout.write(
    `afleiding groeit als n^${(sxy / sxx).toFixed(2)} (kleinste kwadraten, 500 en groter)\n`,
  );
}
// Issue 13: importing a realisation export against reading the same file alone (target ≤ 2×).
const REALISATION_ROWS = Number(process.env.KOERS_BENCH_REALISATION_ROWS ?? 100_000);
if (REALISATION_ROWS > 0) process.stdout.write(`\n${benchRealisation(REALISATION_ROWS)}\n`);
// The exact selection (issue 11, the solver never blocks): its own sizes, its own table.
const SOLVER_SIZES = (process.env.KOERS_BENCH_SOLVER_SIZES ?? SIZES.join(','))
  .split(',')
  .filter((s) => s !== '')
  .map(Number);
if (SOLVER_SIZES.length > 0) process.stdout.write(`\n${await benchSolver(SOLVER_SIZES)}\n`);
