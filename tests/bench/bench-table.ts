/**
 * Pure helpers of `npm run bench` (issue 11): quantiles, Dutch figures, the growth exponent, and
 * the one table that joins the Node part (tests/bench/run.ts, read from its printed Markdown) and
 * the Chromium part (tests/bench/chromium.ts). Nothing here measures; everything is unit-tested.
 */

/** The q-quantile (0 … 1) of the values, nearest rank; 0 for none. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.floor(q * (s.length - 1) + 0.5)))] ?? 0;
}

/** A number the Dutch way with `decimals` decimals: 1234.5 → "1.234,5". */
export function formatNl(value: number, decimals = 0): string {
  const [whole = '0', fraction] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = value < 0 && Number(value.toFixed(decimals)) !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction === undefined ? '' : `,${fraction}`}`;
}

/** Milliseconds with the precision that matters at their size: "4,30", "21,9", "1.210". */
export function formatMs(ms: number): string {
  return formatNl(ms, ms < 10 ? 2 : ms < 1000 ? 1 : 0);
}

/** "median / p95" of timings in ms, or the single value when there is one. */
export function medianP95(xs: readonly number[]): string {
  if (xs.length === 0) return '—';
  if (xs.length === 1) return formatMs(xs[0] ?? 0);
  return `${formatMs(quantile(xs, 0.5))} / ${formatMs(quantile(xs, 0.95))}`;
}

/** What a step that did not come back in time shows instead of a figure. */
export function abortedCell(timeoutSeconds: number): string {
  return `> ${formatNl(timeoutSeconds)} s (afgebroken)`;
}

/**
 * The exponent k of the power law y = c·n^k fitted by least squares on log-log (the growth of a
 * time with the size); null with fewer than two usable points (positive n and y).
 */
export function fitExponent(points: readonly { n: number; y: number }[]): number | null {
  const usable = points.filter((p) => p.n > 0 && p.y > 0);
  if (usable.length < 2) return null;
  const xs = usable.map((p) => Math.log(p.n));
  const ys = usable.map((p) => Math.log(p.y));
  const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
  const my = ys.reduce((s, y) => s + y, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * ((ys[i] ?? 0) - my);
    sxx += (x - mx) ** 2;
  });
  return sxx === 0 ? null : sxy / sxx;
}

/** Rows of the joined table: a measure's name, and its cell per size. */
export type BenchRows = Map<string, Map<number, string>>;

/** Sets one cell, adding the measure's row (in first-seen order) when it is new. */
export function setCell(rows: BenchRows, measure: string, size: number, cell: string): void {
  let row = rows.get(measure);
  if (!row) {
    row = new Map();
    rows.set(measure, row);
  }
  row.set(size, cell);
}

/** The cells of a Markdown table row: "| a | b |" → ["a", "b"]; null for a non-row. */
function cellsOf(line: string): string[] | null {
  const t = line.trim();
  if (!t.startsWith('|') || !t.endsWith('|') || t.length < 2) return null;
  return t
    .slice(1, -1)
    .split('|')
    .map((c) => c.trim());
}

/**
 * Reads every Markdown table a Node run printed whose first column is the size, as measure rows
 * (one per column after the first). Other lines (progress) are ignored.
 */
export function parseSizeTables(text: string): BenchRows {
  const rows: BenchRows = new Map();
  let head: string[] | null = null;
  for (const line of text.split('\n')) {
    const cells = cellsOf(line);
    if (!cells) {
      head = null;
      continue;
    }
    if (cells.every((c) => /^:?-{3,}:?$/.test(c))) continue;
    if (head === null) {
      head = cells;
      continue;
    }
    const size = Number((cells[0] ?? '').replace(/\./g, ''));
    if (!Number.isFinite(size) || size <= 0) continue;
    head.slice(1).forEach((measure, i) => {
      setCell(rows, measure, size, dutchCell(cells[i + 1] ?? ''));
    });
  }
  return rows;
}

/** A cell printed by JavaScript (`21.9`, `1210×`) with Dutch separators (`21,9`, `1.210×`). */
export function dutchCell(cell: string): string {
  return cell.replace(/\d+(?:\.\d+)?/g, (token) => {
    const decimals = token.includes('.') ? (token.split('.')[1] ?? '').length : 0;
    return formatNl(Number(token), decimals);
  });
}

/** The figure a Dutch cell starts with ("1.210 / 1.300" → 1210); null when it starts otherwise. */
export function leadingFigure(cell: string): number | null {
  const m = /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?/.exec(cell.trim());
  return m ? Number(m[0].replace(/\./g, '').replace(',', '.')) : null;
}

/**
 * The joined table as Markdown: a row per measure, a column per size, and the fitted growth
 * exponent over the sizes ≥ `fitFrom` for the measures named in `fitted` (their first figure).
 */
export function renderTable(
  rows: BenchRows,
  sizes: readonly number[],
  fitted: ReadonlySet<string>,
  fitFrom = 500,
): string {
  const head = [
    'meting',
    ...sizes.map((s) => formatNl(s)),
    `groei (exponent, n ≥ ${formatNl(fitFrom)})`,
  ];
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const body = [...rows].map(([measure, cells]) => {
    const points = sizes
      .filter((s) => s >= fitFrom)
      .map((n) => ({ n, y: leadingFigure(cells.get(n) ?? '') ?? 0 }));
    const k = fitted.has(measure) ? fitExponent(points) : null;
    return line([
      measure,
      ...sizes.map((s) => cells.get(s) ?? '—'),
      k === null ? '' : formatNl(k, 2),
    ]);
  });
  return [line(head), line(head.map(() => '---')), ...body].join('\n');
}
