// `npm run bench` (issue 11): bundles tests/bench/run.ts with esbuild and runs it in Node.
// Timings are reported, not asserted; sizes via KOERS_BENCH_SIZES (e.g. "100,500,2000").
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

mkdirSync('.tmp/bench', { recursive: true });
await build({
  entryPoints: ['tests/bench/run.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: '.tmp/bench/run.mjs',
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, ['.tmp/bench/run.mjs'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
