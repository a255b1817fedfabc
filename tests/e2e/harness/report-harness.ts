/**
 * Bundles the report harness (report.entry.ts) with esbuild into one HTML page in the app's
 * frame, as harness.ts does for *Vergelijk scenario's*; served by the spec through
 * `page.route` on the app's own origin.
 */
import { build } from 'esbuild';

/** The harness page, as HTML text. */
export async function bundleReportHarness(): Promise<string> {
  const out = await build({
    entryPoints: ['tests/e2e/harness/report.entry.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    outdir: '.tmp/report-harness',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const js = out.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const css = out.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  const script = js.replace(/<\/script/gi, '<\\/script');
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Rapport (testopstelling)</title>
<style>${css}</style></head>
<body>
<div class="app">
  <header class="app__header"><div class="brand">Koers</div></header>
  <nav class="app__nav" aria-label="Hoofdmenu"><ul><li><span class="nav-link">Jaareinde</span></li></ul></nav>
  <main id="main" class="app__main"><section class="screen" aria-labelledby="h"><h1 id="h">Jaareinde</h1>
  <p class="banner banner--demo">Alleen op het scherm</p>
  <button type="button" class="button">PDF maken</button>
  <div id="report"></div></section></main>
</div>
<script>${script}</script>
</body>
</html>`;
}
