import { currentLanguage, type Language } from '../i18n/language';
import { CATALOGUES, translate } from '../i18n/translate';
import type { ColumnKind, ReportCell, ReportTable } from '../report/document';
import { neutralise, type Cell, type ExportTable } from './table';

/**
 * How Excel in each language reads a CSV file: Dutch Excel (a Dutch Windows list separator)
 * wants semicolons and a decimal comma; English Excel wants commas and a decimal point.
 */
const DIALECT: {
  readonly [L in Language]: { readonly separator: string; readonly comma: boolean };
} = { nl: { separator: ';', comma: true }, en: { separator: ',', comma: false } };

/** Quotes a CSV field when it holds the separator, a quote or a line break. */
function field(cell: Cell, language: Language): string {
  const { separator, comma } = DIALECT[language];
  const safe = neutralise(cell);
  if (safe === null) return '';
  if (typeof safe === 'number') {
    if (!Number.isFinite(safe)) return '';
    // No thousands separator: Excel reads `1234,5` (nl) and `1234.5` (en) as numbers.
    return comma ? String(safe).replace('.', ',') : String(safe);
  }
  const needsQuotes = safe.includes(separator) || /["\r\n]/.test(safe);
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Writes a table as CSV the way Excel in the language opens it (the current language unless
 * given): UTF-8 with a byte-order mark, CRLF line ends, text that looks like a formula
 * neutralised; Dutch with semicolons between fields and decimal commas, English with commas
 * and decimal points.
 */
export function toCsv(table: ExportTable, language: Language = currentLanguage()): string {
  const { separator } = DIALECT[language];
  const lines = [table.columns, ...table.rows].map((row) =>
    row.map((cell) => field(cell, language)).join(separator),
  );
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/**
 * A typed table's cells as Excel in the language reads them back as the same values: euros as
 * a number of euros (cents ÷ 100, `1234,56`), a percentage as a number of percent (`5,1` for
 * 0,051, the header saying `(%)`), a date as `dd-mm-yyyy` (Dutch; `dd/mm/yyyy` in English), a
 * month as the date of its first day (`01-03-2026`: Excel reads the locale's own date form as
 * a real date, where `2026-03` would be guessed at), hours, fte and counts as numbers. The
 * totals row, when there is one, is the last row.
 */
export function reportTableCells(
  table: ReportTable,
  language: Language = currentLanguage(),
): ExportTable {
  const sep = language === 'nl' ? '-' : '/';
  const day = (iso: string) =>
    `${iso.slice(8, 10)}${sep}${iso.slice(5, 7)}${sep}${iso.slice(0, 4)}`;
  const cell = (kind: ColumnKind, value: ReportCell): Cell => {
    if (value === null) return null;
    if (typeof value === 'string') {
      if (kind === 'date') return day(value);
      if (kind === 'month') return day(`${value}-01`);
      return value;
    }
    if (kind === 'euro') return value / 100;
    if (kind === 'percent') return percentPoints(value);
    return value;
  };
  const rows = table.totals ? [...table.rows, table.totals] : table.rows;
  return {
    name: table.name,
    columns: table.columns.map((c) =>
      // "Verschil %" already says it is a percentage; "Externe inhuur" gets its "(%)".
      c.kind === 'percent' && !c.header.includes('%')
        ? translate('report.percentHeader', { header: c.header }, CATALOGUES[language])
        : c.header,
    ),
    rows: rows.map((row) => table.columns.map((c, j) => cell(c.kind, row[j] ?? null))),
  };
}

/**
 * A ratio as a number of percent to one decimal, as the screen and the PDF show it (`5,1`,
 * `-1,1`): 0,051 × 100 is 5,1000000000000005 in floating point, and -1,1423220974 is no figure
 * anyone pastes into an annual report. The workbook keeps the ratio whole.
 */
export function percentPoints(ratio: number): number {
  return Math.round(ratio * 1000) / 10;
}

/** A typed table as CSV for Excel in the language (`toCsv` of `reportTableCells`). */
export function reportTableCsv(table: ReportTable, language: Language = currentLanguage()): string {
  return toCsv(reportTableCells(table, language), language);
}
