// The bench of Vergelijk scenario's (issue 12): bundles tests/bench/scenario-compare.ts with
// esbuild and runs it in Node (the comparison in Node, and rendered in Debian's Chromium through
// the harness in tests/e2e/harness). Timings are reported, never asserted. Options:
// KOERS_BENCH_SIZES (default 500,2000,5000), KOERS_BENCH_PARTS (node, chromium or both).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

mkdirSync('.tmp/bench', { recursive: true });
await build({
  entryPoints: ['tests/bench/scenario-compare.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: '.tmp/bench/scenario-compare.mjs',
  external: ['@playwright/test', 'esbuild'],
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, ['.tmp/bench/scenario-compare.mjs'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
