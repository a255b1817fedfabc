/**
 * `npm run bench` (issue 11), the conductor: runs the Node part (tests/bench/run.ts, one process
 * per size, stopped after its time limit) and the Chromium part (tests/bench/chromium.ts), and
 * prints one table, a row per measure and a column per size. Options (environment):
 * KOERS_BENCH_SIZES (default 100,500,2000,5000,20000), KOERS_BENCH_PARTS (node,chromium),
 * KOERS_BENCH_STEP_TIMEOUT_S (each Chromium step; default 60), KOERS_BENCH_NODE_TIMEOUT_S (each
 * size of the Node part; default 600). Bundled and started by build/scripts/bench.mjs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import {
  abortedCell,
  formatNl,
  medianP95,
  parseSizeTables,
  renderTable,
  setCell,
  type BenchRows,
} from './bench-table';
import type { ChromiumResult, LongTaskSummary } from './chromium';

const env = process.env;
const SIZES = (env.KOERS_BENCH_SIZES ?? '100,500,2000,5000,20000').split(',').map(Number);
const PARTS = new Set((env.KOERS_BENCH_PARTS ?? 'node,chromium').split(',').map((p) => p.trim()));
const STEP_TIMEOUT_S = Number(env.KOERS_BENCH_STEP_TIMEOUT_S ?? 60);
const NODE_TIMEOUT_S = Number(env.KOERS_BENCH_NODE_TIMEOUT_S ?? 600);
const [nodeScript = '.tmp/bench/run.mjs', chromiumScript = '.tmp/bench/chromium.mjs'] =
  process.argv.slice(2);

const rows: BenchRows = new Map();
/** The measures whose growth with the size is fitted (a time that should grow linearly). */
const fitted = new Set<string>();

if (PARTS.has('node')) {
  const nodeRows: BenchRows = new Map();
  const timedOut: number[] = [];
  for (const size of SIZES) {
    process.stdout.write(`node ${String(size)} …\n`);
    const run = spawnSync(process.execPath, [nodeScript], {
      env: { ...env, KOERS_BENCH_SIZES: String(size) },
      encoding: 'utf8',
      timeout: NODE_TIMEOUT_S * 1000,
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error || run.status !== 0) {
      timedOut.push(size);
      if (run.stderr) process.stderr.write(run.stderr);
      continue;
    }
    for (const [measure, cells] of parseSizeTables(run.stdout))
      for (const [s, cell] of cells) setCell(nodeRows, measure, s, cell);
  }
  if (nodeRows.size === 0) setCell(nodeRows, 'alle metingen', SIZES[0] ?? 0, '—');
  for (const [measure, cells] of nodeRows) {
    // The times (ms) grow with the size; the ratios and file sizes are not fitted.
    if (/\(ms/.test(measure)) fitted.add(`Node: ${measure}`);
    for (const size of SIZES) {
      const cell = timedOut.includes(size) ? abortedCell(NODE_TIMEOUT_S) : cells.get(size);
      if (cell !== undefined) setCell(rows, `Node: ${measure}`, size, cell);
    }
  }
}

if (PARTS.has('chromium')) {
  const out = '.tmp/bench/chromium.json';
  const run = spawnSync(process.execPath, [chromiumScript, out], {
    env: { ...env, KOERS_BENCH_SIZES: SIZES.join(',') },
    stdio: 'inherit',
  });
  if (run.status !== 0) process.stderr.write('Het Chromium-deel stopte met een fout.\n');
  const results = existsSync(out)
    ? (JSON.parse(readFileSync(out, 'utf8')) as ChromiumResult[])
    : [];
  chromiumRows(rows, fitted, results, STEP_TIMEOUT_S);
}

process.stdout.write(`\n${renderTable(rows, SIZES, fitted)}\n`);

/** Adds the Chromium part's measures to the table (see README, benchmark section). */
function chromiumRows(
  table: BenchRows,
  grows: Set<string>,
  results: readonly ChromiumResult[],
  timeoutS: number,
): void {
  const longs = (l: LongTaskSummary | undefined) =>
    l ? `${formatNl(l.count)} / ${formatNl(l.max)}` : undefined;
  /** Why a measure of `phase` has no figure: its step was aborted, or an earlier one. */
  const missing = (r: ChromiumResult, phase: string): string =>
    r.aborted?.startsWith(phase)
      ? abortedCell(timeoutS)
      : r.aborted !== null
        ? `niet gemeten (afgebroken bij ${r.aborted})`
        : r.failed !== null
          ? 'mislukt'
          : '—';
  for (const r of results) {
    /** A measure's cell: its figure, or why there is none. */
    const cell = (measure: string, value: string | undefined, phase: string, grow = false) => {
      if (grow) grows.add(measure);
      setCell(table, measure, r.size, value ?? missing(r, phase));
    };
    /** Repeated times; when a repetition of `phase` was aborted, that first (not fitted). */
    const times = (xs: readonly number[], phase = '') => {
      if (xs.length === 0) return undefined;
      if (phase !== '' && r.aborted?.startsWith(phase))
        return `${abortedCell(timeoutS)} na ${formatNl(xs.length)} keer: ${medianP95(xs)}`;
      return medianP95(xs);
    };
    cell(
      'Chromium: import → lijst interactief (ms)',
      times(r.importMs === undefined ? [] : [r.importMs]),
      'import',
      true,
    );
    cell(
      'Chromium: lange taken bij import en solve (aantal / langste ms)',
      longs(r.importLongTasks),
      'import',
    );
    cell(
      'Chromium: wijziging → alle zichtbare weergaven bijgewerkt (ms, mediaan / p95)',
      times(r.editMs, 'wijziging'),
      'wijziging',
      true,
    );
    cell(
      'Chromium: lange taken bij typen en solve (aantal / langste ms)',
      longs(r.typingLongTasks),
      'wijziging',
    );
    cell(
      'Chromium: koude start → lijst zichtbaar (ms, mediaan / p95)',
      times(r.coldStartMs, 'koude start'),
      'koude start',
      true,
    );
    cell(
      'Chromium: lange taken bij koude start (aantal / langste ms)',
      longs(r.coldStartLongTasks),
      'koude start',
    );
    cell(
      'Chromium: schermwissel (ms, mediaan / p95, alle schermen)',
      times(
        r.switches.map((s) => s.ms),
        'scherm',
      ),
      'scherm',
      true,
    );
    const slowest = [...r.switches].sort((a, b) => b.ms - a.ms)[0];
    cell(
      'Chromium: traagste schermwissel (ms)',
      r.aborted?.startsWith('scherm ')
        ? `${abortedCell(timeoutS)} (${r.aborted.slice('scherm '.length)})`
        : slowest
          ? `${medianP95([slowest.ms])} (${slowest.screen})`
          : undefined,
      'scherm',
    );
    for (const [screen, count] of Object.entries(r.domElements))
      cell(`Chromium: DOM-elementen, ${screen}`, formatNl(count), `scherm ${screen}`);
    const heaps = Object.entries(r.heapMb).sort((a, b) => b[1] - a[1])[0];
    cell(
      'Chromium: JS-heap na GC, grootste scherm (MB)',
      heaps ? `${formatNl(heaps[1], 1)} (${heaps[0]})` : undefined,
      'scherm',
    );
  }
  // A size that stopped before a screen still shows why on that screen's row.
  const dom = 'Chromium: DOM-elementen, ';
  for (const [measure, cells] of table)
    if (measure.startsWith(dom))
      for (const r of results)
        if (!cells.has(r.size))
          cells.set(r.size, missing(r, `scherm ${measure.slice(dom.length)}`));
}
