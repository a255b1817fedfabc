/**
 * Issue 13's benchmark: importing a realisation export of 100.000 rows against reading the same
 * file alone. "Importing" is everything the page does before the write: the bytes decoded, the
 * CSV split, the columns mapped, every row read and matched against the programme and summed per
 * activity, team and month, and the rows to write made (`realisationRows`); "reading alone" is
 * the bytes decoded and the CSV split. The target: importing within 2× of reading alone. The
 * IndexedDB write itself is not in the Node part.
 */
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { decodeBytes, parseCsv } from '../../shared/import/csv-read';
import {
  applyFieldMappings,
  guessMapping,
  readRealisationRows,
  realisationRows,
  splitHeader,
} from '../../shared/import/realisation-mapping';

/** A time registration of `rows` rows as Dutch Excel writes it (BOM, `;`, decimal commas, quotes). */
export function realisationExport(rows: number): Uint8Array {
  const demo = createDemoData();
  const titles = demo.activities
    .filter((a) => demo.activities.filter((b) => b.title === a.title).length === 1)
    .map((a) => (/[;"]/.test(a.title) ? `"${a.title.replace(/"/g, '""')}"` : a.title));
  const lines = ['Omschrijving;Afdeling;Boekperiode;Aantal uren;Bedrag (€)'];
  for (let i = 0; i < rows; i += 1) {
    const month = String((i % 12) + 1).padStart(2, '0');
    const hours = `${String(i % 40)},${String((i * 7) % 10)}`;
    const cost = `${String(1 + (i % 9))}.${String(i % 1000).padStart(3, '0')},${String(i % 100).padStart(2, '0')}`;
    lines.push(
      `${titles[i % titles.length] ?? ''};${demo.teams[i % demo.teams.length]?.name ?? ''};${month}-2026;${hours};${cost}`,
    );
  }
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`);
}

/** Median of a list of times. */
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? 0;
};

/** Times a job `runs` times after two warm-up runs: the times in ms. */
function timed(job: () => void, runs: number): number[] {
  job();
  job();
  const out: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    job();
    out.push(performance.now() - t0);
  }
  return out;
}

/** The benchmark's table (Markdown): reading alone, importing, and their ratio. */
export function benchRealisation(rows: number, runs = 7): string {
  const demo = createDemoData();
  const programme = demo.programmes[0];
  if (!programme) throw new Error('no programme');
  const bytes = realisationExport(rows);
  const context = { year: programme.year, activities: demo.activities, teams: demo.teams };
  let written = 0;
  const read = timed(() => {
    const sheet = parseCsv(decodeBytes(bytes).text);
    if (!sheet.ok) throw new Error(sheet.error.key);
  }, runs);
  const imported = timed(() => {
    const sheet = parseCsv(decodeBytes(bytes).text);
    if (!sheet.ok) throw new Error(sheet.error.key);
    const { headers, data } = splitHeader(sheet.value.rows);
    const mapping = guessMapping(headers);
    const { drafts, problems } = readRealisationRows(
      applyFieldMappings(data, mapping),
      mapping,
      headers,
      context,
    );
    if (problems.length > 0) throw new Error(`problem at row ${String(problems[0]?.row)}`);
    let n = 0;
    written = realisationRows(
      [],
      drafts,
      programme.id,
      'bench.csv',
      () => `r${String(++n)}`,
    ).length;
  }, runs);
  const a = median(read);
  const b = median(imported);
  const fmt = (ms: number) => ms.toFixed(0);
  return [
    '| realisatie-import (Node) | rijen | bestand | alleen lezen (ms, mediaan) | importeren (ms, mediaan) | × lezen | regels te schrijven |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    `| CSV, UTF-8 met BOM | ${rows.toLocaleString('nl-NL')} | ${(bytes.length / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB | ${fmt(a)} | ${fmt(b)} | ${(b / Math.max(1e-6, a)).toLocaleString('nl-NL', { maximumFractionDigits: 2, minimumFractionDigits: 2 })}× | ${written.toLocaleString('nl-NL')} |`,
  ].join('\n');
}
