/**
 * Bundles the *Vergelijk scenario's* harness (scenario-compare.entry.ts) with esbuild into one
 * HTML page: the app's stylesheet and the script inline, in the app's frame. Served by the e2e
 * spec through `page.route` on the app's own origin, and by the Chromium bench.
 */
import { build } from 'esbuild';

/** The harness page, as HTML text. */
export async function bundleScenarioHarness(): Promise<string> {
  const out = await build({
    entryPoints: ['tests/e2e/harness/scenario-compare.entry.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    outdir: '.tmp/scmp-harness',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const js = out.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const css = out.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  // A closing script tag inside the bundle would end the inline script early.
  const script = js.replace(/<\/script/gi, '<\\/script');
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Vergelijk scenario's (testopstelling)</title>
<style>${css}</style></head>
<body>
<div class="app">
  <header class="app__header"><div class="brand">Koers</div></header>
  <nav class="app__nav" aria-label="Hoofdmenu"><ul><li><span class="nav-link">Scenario's</span></li></ul></nav>
  <main id="main" class="app__main"><section class="screen" aria-labelledby="h"><h1 id="h">Scenario's</h1><div id="compare"></div></section></main>
</div>
<script>${script}</script>
</body>
</html>`;
}
