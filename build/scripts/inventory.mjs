// The dependency inventory in the README: production packages, versions, licences, and why
// each is trusted. `node build/scripts/inventory.mjs` rewrites the README section; a unit test
// fails when the section is not current (so CI checks it).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Why each production package is trusted (the registry's advisory endpoint does not answer here). */
export const WHY = {
  '@tanstack/react-virtual':
    'Headless windowing for the long tables (TanStack, weekly releases, only its own core as dependency); measures variable row heights; no open advisories.',
  'date-fns':
    'Pure date functions, no dependencies; widely used and actively maintained; no open advisories.',
  dexie: 'The IndexedDB wrapper the stack prescribes; maintained since 2014, no open advisories.',
  'dexie-react-hooks': 'Dexie’s own React binding (useLiveQuery), same maintainers.',
  exceljs:
    'Writes XLSX in the page, and reads the realisation workbooks people import (issue 13), in the page from the bytes the person chose, never in the main process: the file is refused above 20 MB before unpacking, the parser stops at 200.000 rows and 200 columns, hyperlinks, drawings, validations and formatting are not parsed, no formula is evaluated (only its cached value is read) and no external link is followed (exceljs has no evaluator and never fetches). Chosen over npm `xlsx` 0.18.5, which has unfixed prototype-pollution and ReDoS advisories. Upstream maintenance is slow (a 2026 advisory against 4.4.0 was revoked); text cells are neutralised before writing; revisit a maintained fork when it has stable releases.',
  highs:
    'HiGHS (University of Edinburgh) MIP solver compiled to WebAssembly; exact best selection instead of a home-made solver; loaded from the app’s own files.',
  react: 'The UI library the stack prescribes; maintained by Meta.',
  'react-dom': 'React’s DOM renderer.',
  zod: 'Schemas for every entity, file and IPC message; no dependencies; actively maintained.',
  zustand: 'The store the stack prescribes; small, no dependencies.',
};

const START = '<!-- inventory:start -->';
const END = '<!-- inventory:end -->';

/** The inventory as a Markdown table, from package.json and the installed packages. */
export function inventoryMarkdown(root = '.') {
  const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
  const rows = Object.keys(pkg.dependencies)
    .sort()
    .map((name) => {
      const dep = JSON.parse(readFileSync(`${root}/node_modules/${name}/package.json`, 'utf8'));
      const why = WHY[name] ?? 'NOT YET REVIEWED';
      return `| ${name} | ${dep.version} | ${dep.license ?? '?'} | ${why} |`;
    });
  return [
    START,
    '| package | version | licence | why it is trusted |',
    '| --- | --- | --- | --- |',
    ...rows,
    END,
  ].join('\n');
}

/** The README with its inventory section replaced. */
export function withInventory(readme, table) {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < 0) return `${readme.trimEnd()}\n\n${table}\n`;
  return readme.slice(0, a) + table + readme.slice(b + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = readFileSync('README.md', 'utf8');
  writeFileSync('README.md', withInventory(readme, inventoryMarkdown()));
  console.log('README.md: dependency inventory updated');
}
