// The data path in Chromium (issue 11): `node build/scripts/bench-data-path.mjs [sizes]` bundles
// tests/bench/data-path.entry.ts and runs it in Debian's Chromium on a routed origin (IndexedDB needs one).
// Sizes default to 5000,20000. Prints one table; timings are reported, never asserted.
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const sizes = (process.argv[2] ?? '5000,20000').split(',').map(Number);
mkdirSync('.tmp/bench', { recursive: true });
await build({
  entryPoints: ['tests/bench/data-path.entry.ts'],
  bundle: true,
  platform: 'browser',
  format: 'iife',
  outfile: '.tmp/bench/data-path.js',
  logLevel: 'warning',
});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage();
const script = readFileSync('.tmp/bench/data-path.js', 'utf8');
await page.route('http://bench.koers.test/**', (route) =>
  route.fulfill(
    route.request().url().endsWith('.js')
      ? { contentType: 'text/javascript', body: script }
      : { contentType: 'text/html', body: '<!doctype html><script src="/b.js"></script>' },
  ),
);
await page.goto('http://bench.koers.test/');
const rows = await page.evaluate((s) => window.benchDataPath(s), sizes);
await browser.close();
console.table(
  rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v)]))),
);
