// Runs Electronegativity (Doyensec's Electron security scanner) over the shell and the page's
// HTML, offline, and fails on any finding above informational that is not explained below.
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Findings that do not apply, each with the reason (reviewed by hand). */
const NOT_APPLICABLE = {
  // The remote module was removed in Electron 14; Koers uses Electron 45.
  REMOTE_MODULE_JS_CHECK: 'no remote module in Electron ≥ 14',
  // A prompt to review any preload: ours exposes only the typed HostApi through contextBridge,
  // about 20 lines without logic, and every message it sends is checked in main (shell.test.ts).
  PRELOAD_JS_CHECK: 'preload reviewed: contextBridge with the typed contract only',
  // Google's csp-evaluator (inside the scanner) marks script-src 'self' as "maybe" (JSONP,
  // Angular or user uploads on the same origin) and does not know 'wasm-unsafe-eval' yet. The
  // origin app://koers serves only the app's own bundled files from the ASAR: none of those.
  CSP_GLOBAL_CHECK: "script-src 'self' is the app's own bundled files only",
};

const stage = path.resolve('.tmp/electronegativity');
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
cpSync('electron', path.join(stage, 'electron'), {
  recursive: true,
  filter: (f) => !f.endsWith('.test.ts'),
});
cpSync('renderer/index.html', path.join(stage, 'index.html'));
const electronVersion = JSON.parse(
  readFileSync('node_modules/electron/package.json', 'utf8'),
).version;
const out = path.join(stage, 'findings.csv');
const run = spawnSync(
  process.execPath,
  [
    'node_modules/@doyensec/electronegativity/dist/index.js',
    '-i',
    stage,
    '-r',
    '-e',
    electronVersion,
    '-o',
    out,
    '-v',
    'false',
  ],
  { encoding: 'utf8' },
);
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  process.exit(1);
}
/** Parses CSV with quoted fields (which may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field.trim());
      field = '';
    } else if (ch === '\n') {
      row.push(field.trim());
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field.trim()]);
  return rows.filter((r) => r.some((f) => f !== ''));
}
const rows = parseCsv(readFileSync(out, 'utf8')).slice(1);
const findings = rows
  .map(([issue, severity, confidence, file, location]) => ({
    issue,
    severity,
    confidence,
    file,
    location,
  }))
  .filter((f) => f.severity !== 'INFORMATIONAL' && !(f.issue in NOT_APPLICABLE));
for (const [issue, why] of Object.entries(NOT_APPLICABLE))
  console.log(`Electronegativity: ${issue} niet van toepassing (${why})`);
if (findings.length > 0) {
  console.error('Electronegativity vond:');
  for (const f of findings) console.error(`  ${f.severity} ${f.issue} ${f.file} ${f.location}`);
  process.exit(1);
}
console.log(
  `Electronegativity: geen bevindingen boven informatief (${rows.length} in totaal, Electron ${electronVersion}).`,
);
