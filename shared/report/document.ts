import { ISO_DATE_PATTERN, MONTH_KEY_PATTERN, isRealDate } from '../domain/units';
import { translate, type Message } from '../i18n/translate';
import { formatReportCell } from './format-cell';
import { formatNumber } from '../format/nl';

/**
 * A report built once and written three ways (STYLE.md, "a report is built once"): the print
 * view (renderer/features/report/ReportView.tsx, and PDF from it), XLSX
 * (renderer/export/xlsx-report.ts) and CSV per table (shared/export/csv.ts). Pure data: a
 * document holds sections, a section paragraphs, charts and typed tables; a table's columns
 * say what kind of value each cell holds, so every writer formats it the same way.
 */

/**
 * What a column holds. `date` an IsoDate (`2025-10-09`), `month` a MonthKey (`2026-03`),
 * `hours` and `fte` plain numbers, `euro` whole cents (Cents), `percent` a ratio (0,051 is
 * 5,1%), `count` a whole number; `text` anything else.
 */
export type ColumnKind = 'text' | 'date' | 'month' | 'hours' | 'fte' | 'euro' | 'percent' | 'count';

/** Every column kind once, for tests and exhaustive tables. */
export const COLUMN_KINDS = [
  'text',
  'date',
  'month',
  'hours',
  'fte',
  'euro',
  'percent',
  'count',
] as const satisfies readonly ColumnKind[];

/** The kinds whose totals are the sum of their rows (a percentage's total is not its sum). */
export const SUMMED_KINDS: ReadonlySet<ColumnKind> = new Set(['hours', 'fte', 'euro', 'count']);

/** The kinds that hold numbers (the others hold text: a date and a month as their ISO form). */
export const NUMERIC_KINDS: ReadonlySet<ColumnKind> = new Set([
  'hours',
  'fte',
  'euro',
  'percent',
  'count',
]);

/** One column of a table: its header (in the current language) and what its cells hold. */
export type ReportColumn = { readonly header: string; readonly kind: ColumnKind };

/**
 * One cell: text for `text`, `date` (IsoDate) and `month` (MonthKey) columns, a number for the
 * others (cents for `euro`, a ratio for `percent`), null for an empty cell.
 */
export type ReportCell = string | number | null;

/** A typed table: its name (the sheet and file name), its caption, columns, rows and totals. */
export type ReportTable = {
  /** Short, unique within the document: the XLSX sheet's and the CSV file's name. */
  readonly name: string;
  /** What the table shows, in a sentence (the print view's caption). */
  readonly caption: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly (readonly ReportCell[])[];
  /** The totals row, when the table has one: checked against its rows by `tableProblems`. */
  readonly totals?: readonly ReportCell[];
};

/** One bar of a chart: its label and one value per series. */
export type ChartBar = { readonly label: string; readonly values: readonly number[] };

/**
 * A bar chart: one or two series (plan against realisation, say) over labelled bars, in one
 * unit. The print view draws it as SVG with the values in words as its text alternative.
 */
export type BarChart = {
  readonly kind: 'bars';
  readonly title: string;
  /** The unit of every value, so labels and the text alternative are formatted as the tables are. */
  readonly unit: Exclude<ColumnKind, 'text' | 'date' | 'month'>;
  /** The series' names, one or two (`Plan (vastgesteld)`, `Realisatie`). */
  readonly series: readonly [string] | readonly [string, string];
  readonly bars: readonly ChartBar[];
};

/** One section: a heading, paragraphs, charts and tables, shown in that order. */
export type ReportSection = {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly charts?: readonly BarChart[];
  readonly tables: readonly ReportTable[];
};

/** A report: its title, a subtitle (the programme's name) and its sections. */
export type ReportDocument = {
  readonly title: string;
  readonly subtitle: string;
  readonly sections: readonly ReportSection[];
};

/** Compares numbers of a kind as the writers show them: euros in whole cents, others in 1/1000. */
const sameAmount = (kind: ColumnKind, a: number, b: number): boolean =>
  kind === 'euro' || kind === 'count'
    ? Math.round(a) === Math.round(b)
    : Math.round(a * 1000) === Math.round(b * 1000);

/** An amount in a message, to the cent: a total a cent off must not read as equal. */
const exact = (kind: ColumnKind, value: number): string =>
  kind === 'euro' ? `€ ${formatNumber(value / 100)}` : formatReportCell(kind, value);

/** Whether a cell holds what its column's kind says (null, empty, is always allowed). */
export function cellFits(kind: ColumnKind, cell: ReportCell): boolean {
  if (cell === null) return true;
  switch (kind) {
    case 'text':
      return typeof cell === 'string';
    case 'date':
      return (
        typeof cell === 'string' &&
        ISO_DATE_PATTERN.test(cell) &&
        isRealDate(Number(cell.slice(0, 4)), Number(cell.slice(5, 7)), Number(cell.slice(8, 10)))
      );
    case 'month':
      return (
        typeof cell === 'string' &&
        MONTH_KEY_PATTERN.test(cell) &&
        isRealDate(Number(cell.slice(0, 4)), Number(cell.slice(5, 7)), 1)
      );
    case 'euro':
    case 'count':
      return typeof cell === 'number' && Number.isSafeInteger(cell);
    case 'hours':
    case 'fte':
    case 'percent':
      return typeof cell === 'number' && Number.isFinite(cell);
  }
}

/** The sum of a column's rows, empty cells left out. */
export function columnSum(table: ReportTable, column: number): number {
  let sum = 0;
  for (const row of table.rows) {
    const cell = row[column];
    if (typeof cell === 'number') sum += cell;
  }
  return sum;
}

/**
 * What is wrong with a table, each a Dutch message naming the table and the place: a row of
 * another width than the columns, a cell that is not its column's kind, and a totals cell that
 * is not the sum of its column (for hours, fte, euros and counts; a totals cell left empty is
 * not checked). Empty when the table is sound.
 */
export function tableProblems(table: ReportTable): Message[] {
  const problems: Message[] = [];
  const width = table.columns.length;
  const all = table.totals ? [...table.rows, table.totals] : table.rows;
  for (const [i, row] of all.entries()) {
    const place = i === table.rows.length ? translate('report.totalsRow') : formatNumber(i + 1);
    if (row.length !== width) {
      problems.push({
        key: 'report.rowWidth',
        params: {
          table: table.name,
          row: place,
          cells: formatNumber(row.length),
          columns: formatNumber(width),
        },
      });
      continue;
    }
    for (const [j, column] of table.columns.entries()) {
      const cell = row[j] ?? null;
      if (!cellFits(column.kind, cell))
        problems.push({
          key: 'report.cellKind',
          params: { table: table.name, row: place, column: column.header, value: String(cell) },
        });
    }
  }
  if (table.totals && table.totals.length === width) {
    for (const [j, column] of table.columns.entries()) {
      const total = table.totals[j];
      if (!SUMMED_KINDS.has(column.kind) || typeof total !== 'number') continue;
      const sum = columnSum(table, j);
      if (!sameAmount(column.kind, total, sum))
        problems.push({
          key: 'report.totalsMismatch',
          params: {
            table: table.name,
            column: column.header,
            total: exact(column.kind, total),
            sum: exact(column.kind, sum),
          },
        });
    }
  }
  return problems;
}

/**
 * What is wrong with a document: every table's problems, and a table name used twice (the
 * names become sheet and file names).
 */
export function documentProblems(doc: ReportDocument): Message[] {
  const problems: Message[] = [];
  const seen = new Set<string>();
  for (const section of doc.sections)
    for (const table of section.tables) {
      const key = table.name.toLocaleLowerCase('nl');
      if (seen.has(key))
        problems.push({ key: 'report.duplicateTable', params: { table: table.name } });
      seen.add(key);
      problems.push(...tableProblems(table));
    }
  return problems;
}

/**
 * A table with its totals row made from its rows: `label` in the first text column, the sum
 * under every hours, fte, euro and count column, empty elsewhere (a percentage's total is the
 * caller's to give, as a ratio of totals, via `overrides` by column index).
 */
export function withTotals(
  table: ReportTable,
  label: string,
  overrides: Readonly<Record<number, ReportCell>> = {},
): ReportTable {
  const first = table.columns.findIndex((c) => c.kind === 'text');
  const totals = table.columns.map((column, j): ReportCell => {
    if (j in overrides) return overrides[j] ?? null;
    if (j === first) return label;
    if (!SUMMED_KINDS.has(column.kind)) return null;
    const sum = columnSum(table, j);
    // Sums of decimals drift (0,1 + 0,2); euros and counts are whole numbers already.
    return column.kind === 'euro' || column.kind === 'count' ? sum : Math.round(sum * 1e6) / 1e6;
  });
  return { ...table, totals };
}

/** Every table of a document, in reading order. */
export function documentTables(doc: ReportDocument): ReportTable[] {
  return doc.sections.flatMap((s) => s.tables);
}
