// `npm run bench` (issue 11): bundles the bench (tests/bench/) with esbuild and runs it in Node:
// the Node part (run.ts: derivation, programme file) and the Chromium part (chromium.ts: the
// built renderer in Debian's Chromium), joined in one table by chromium-report.ts. Timings are
// reported, never asserted. Options: KOERS_BENCH_SIZES (e.g. "100,500,2000"), KOERS_BENCH_PARTS
// ("node", "chromium" or both), KOERS_BENCH_STEP_TIMEOUT_S, KOERS_BENCH_NODE_TIMEOUT_S,
// KOERS_BENCH_BUILD=0 to measure the renderer already in dist/renderer, KOERS_BENCH_TRACE_DIR for
// a Chromium trace of the edits (see the README).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';

const parts = new Set((process.env.KOERS_BENCH_PARTS ?? 'node,chromium').split(','));
mkdirSync('.tmp/bench', { recursive: true });
rmSync('.tmp/bench/chromium.json', { force: true });
if (parts.has('chromium') && process.env.KOERS_BENCH_BUILD !== '0') {
  // Measure the renderer as it is now, not an older build.
  const vite = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (vite.status !== 0) process.exit(vite.status ?? 1);
}
const bundle = (entry, outfile, external = []) =>
  build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    external,
    logLevel: 'warning',
  });
await bundle('tests/bench/run.ts', '.tmp/bench/run.mjs');
await bundle('tests/bench/chromium.ts', '.tmp/bench/chromium.mjs', ['@playwright/test']);
await bundle('tests/bench/chromium-report.ts', '.tmp/bench/report.mjs');
const run = spawnSync(
  process.execPath,
  ['.tmp/bench/report.mjs', '.tmp/bench/run.mjs', '.tmp/bench/chromium.mjs'],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 1);
