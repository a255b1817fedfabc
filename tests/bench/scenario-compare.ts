/**
 * The bench of *Vergelijk scenario's* (issue 12: "comparing four scenarios of a 2.000-activity
 * programme renders within 1 s"): on the demo scaled to each size, four scenarios (a 5% frame
 * cut, the statutory tasks without their money, the largest team losing 5 fte, a fifth of the
 * choices removed) compared with the base. Node: `compareScenarios` on fresh snapshot objects
 * (no plan cached: all five derived). Chromium: the comparison rendered from scratch in the
 * harness (tests/e2e/harness), from the render call until the next frame has painted. Timings
 * are reported, never asserted. Run by build/scripts/bench-scenario-compare.mjs;
 * KOERS_BENCH_SIZES (default 500,2000,5000), KOERS_BENCH_PARTS (node,chromium).
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../build/scripts/chromium.mjs';
import { scaledDemo } from '../../shared/demo/scaled';
import { snapshotOf, type ProgrammeSnapshot } from '../../shared/domain/snapshot';
import { formatNumber } from '../../shared/format/nl';
import { plan } from '../../shared/planning/plan';
import { compareScenarios } from '../../shared/scenario/compare';
import { bundleScenarioHarness } from '../e2e/harness/harness';
import { fourScenarios } from './scenario-variants';

const env = process.env;
const SIZES = (env.KOERS_BENCH_SIZES ?? '500,2000,5000').split(',').map(Number);
const PARTS = new Set((env.KOERS_BENCH_PARTS ?? 'node,chromium').split(','));
const RUNS = Number(env.KOERS_BENCH_COMPARE_RUNS ?? 9);

const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))] ?? 0;
};
const cell = (xs: readonly number[]): string =>
  `${formatNumber(Math.round(quantile(xs, 0.5) * 10) / 10)} / ${formatNumber(Math.round(quantile(xs, 0.95) * 10) / 10)}`;

/** Fresh objects, so no cache can answer: each run derives the five plans again. */
const fresh = (s: ProgrammeSnapshot): ProgrammeSnapshot => ({
  ...s,
  activities: [...s.activities],
});

const rows: string[][] = [];
for (const size of SIZES) {
  const row = [formatNumber(size)];
  if (PARTS.has('node')) {
    const snapshot = snapshotOf(scaledDemo(size)) as ProgrammeSnapshot;
    const times: number[] = [];
    const plans: number[] = [];
    for (let i = 0; i < RUNS + 2; i += 1) {
      const base = { label: 'Basis', snapshot: fresh(snapshot) };
      const scenarios = fourScenarios(fresh(snapshot));
      // The floor in the same run: the five plans alone (on shared cores only a ratio is fair).
      const t0 = performance.now();
      for (const x of [base, ...scenarios]) plan(fresh(x.snapshot));
      const t1 = performance.now();
      compareScenarios(base, scenarios);
      const t2 = performance.now();
      // The first two runs warm the JIT, as a window that has been open a while is warm.
      if (i >= 2) {
        times.push(t2 - t1);
        plans.push(t1 - t0);
      }
    }
    row.push(
      cell(times),
      `${formatNumber(Math.round((quantile(times, 0.5) / Math.max(1e-6, quantile(plans, 0.5))) * 100) / 100)}×`,
    );
  }
  rows.push(row);
}

if (PARTS.has('chromium')) {
  const html = await bundleScenarioHarness();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  try {
    for (const [k, size] of SIZES.entries()) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.route('http://koers.bench/**', (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
      );
      await page.goto(`http://koers.bench/vergelijk.html?n=${String(size)}`);
      await page.waitForFunction(() => document.documentElement.dataset.firstRenderMs, null, {
        timeout: 120_000,
      });
      const first = Number(
        await page.evaluate(() => document.documentElement.dataset.firstRenderMs),
      );
      const times: number[] = [];
      for (let i = 0; i < RUNS; i += 1)
        times.push(
          await page.evaluate(() =>
            (
              window as unknown as { koersRenderCompare: () => Promise<number> }
            ).koersRenderCompare(),
          ),
        );
      const dom = await page.evaluate(() => document.querySelectorAll('.scmp *').length);
      rows[k]?.push(formatNumber(Math.round(first)), cell(times), formatNumber(dom));
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

const head = [
  'activiteiten',
  ...(PARTS.has('node')
    ? ["Node: vier scenario's vergelijken (ms, mediaan / p95)", '× vijf keer plan()']
    : []),
  ...(PARTS.has('chromium')
    ? [
        'Chromium: eerste weergave (ms)',
        "Chromium: vier scenario's weergeven tot getekend (ms, mediaan / p95)",
        'Chromium: DOM-elementen',
      ]
    : []),
];
const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
process.stdout.write(
  [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n') + '\n',
);
