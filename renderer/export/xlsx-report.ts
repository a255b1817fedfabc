import type { Worksheet } from 'exceljs';
import { MAX_SHEET_NAME, sheetName } from '../../shared/export/sheet-name';
import { neutralise } from '../../shared/export/table';
import { translate } from '../../shared/i18n/translate';
import {
  documentProblems,
  documentTables,
  type ColumnKind,
  type ReportCell,
  type ReportDocument,
  type ReportTable,
} from '../../shared/report/document';
import { formatReportCell } from '../../shared/report/format-cell';
import { fail, ok, type Result } from '../../shared/result';

/**
 * The number format of each kind of column. Excel stores the format with `,` for thousands and
 * `.` for decimals and shows it in the reader's locale: a Dutch Excel shows `1.363,5`,
 * `€ 16.228.000`, `5,1%` and `9-10-2025`. Months are real first-of-month dates shown as
 * `mmm yyyy` (Dutch Excel: `mrt 2026`), not the text `2026-03`: a date sorts, filters by year
 * and month in the autofilter, and is never re-read as something else, where text would sort
 * as text and a copy into a CSV would be guessed at again.
 */
export const XLSX_NUMBER_FORMATS: { readonly [K in ColumnKind]: string | undefined } = {
  text: undefined,
  date: 'd-m-yyyy',
  month: 'mmm yyyy',
  hours: '#,##0.0',
  fte: '#,##0.00',
  euro: '"€ "#,##0;"€ "-#,##0',
  percent: '0.0%',
  count: '#,##0',
};

/** The narrowest and widest column, in characters. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** A date or month as the Date exceljs writes as that day (it counts days from UTC midnight). */
function utcDay(iso: string): Date {
  return new Date(
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10) || '1')),
  );
}

/** A cell's value as it goes into the sheet: numbers as numbers, dates as dates, text neutralised. */
function sheetValue(kind: ColumnKind, cell: ReportCell): string | number | Date | null {
  if (cell === null) return null;
  if (typeof cell === 'number') return kind === 'euro' ? cell / 100 : cell;
  if (kind === 'date' || kind === 'month') return utcDay(cell);
  return neutralise(cell);
}

/** Unique worksheet names for the tables, in their order: a name taken gets ` (2)`, ` (3)`, …. */
export function reportSheetNames(tables: readonly ReportTable[]): string[] {
  const fallback = translate('export.sheetFallback');
  const taken = new Set<string>();
  return tables.map((table) => {
    const base = sheetName(table.name, fallback);
    let name = base;
    for (let n = 2; taken.has(name.toLocaleLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      name = sheetName(`${base.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`, fallback);
    }
    taken.add(name.toLocaleLowerCase());
    return name;
  });
}

/** Writes one table on its sheet: header, rows, totals, formats, frozen header, filter, widths. */
function writeTable(sheet: Worksheet, table: ReportTable): void {
  const header = sheet.addRow(table.columns.map((c) => neutralise(c.header)));
  header.font = { bold: true };
  for (const row of table.rows)
    sheet.addRow(table.columns.map((c, j) => sheetValue(c.kind, row[j] ?? null)));
  if (table.totals) {
    const totals = sheet.addRow(
      table.columns.map((c, j) => sheetValue(c.kind, table.totals?.[j] ?? null)),
    );
    totals.font = { bold: true };
    totals.border = { top: { style: 'thin' } };
  }
  for (const [j, column] of table.columns.entries()) {
    const col = sheet.getColumn(j + 1);
    const format = XLSX_NUMBER_FORMATS[column.kind];
    if (format) col.numFmt = format;
    // Width from the longest text shown: the header or a cell as the print view formats it.
    const cells = table.totals ? [...table.rows, table.totals] : table.rows;
    const longest = Math.max(
      column.header.length,
      ...cells.map((r) => formatReportCell(column.kind, r[j] ?? null).length),
    );
    col.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  }
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
  // The filter covers the header and the rows, not the totals: sorting must not move them.
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, 1 + table.rows.length), column: table.columns.length },
  };
  // The caption prints above every page of the sheet.
  sheet.headerFooter.oddHeader = `&L${table.caption.replace(/&/g, '&&')}`;
}

/**
 * Writes a report as an XLSX workbook, one sheet per table in reading order, with exceljs
 * (loaded on first use, as renderer/export/xlsx.ts). Refused, with the first problem in Dutch,
 * when a table's totals do not match its rows or a cell is not its column's kind.
 */
export async function writeReportXlsx(doc: ReportDocument): Promise<Result<Uint8Array>> {
  const problem = documentProblems(doc)[0];
  if (problem)
    return fail({
      key: 'report.invalid',
      params: { name: doc.title, problem: translate(problem.key, problem.params) },
    });
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Koers';
  book.title = doc.title;
  book.subject = doc.subtitle;
  const tables = documentTables(doc);
  const names = reportSheetNames(tables);
  for (const [i, table] of tables.entries())
    writeTable(book.addWorksheet(names[i] ?? `${i + 1}`), table);
  return ok(new Uint8Array(await book.xlsx.writeBuffer()));
}
