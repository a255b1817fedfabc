import { currentLanguage, type Language } from '../i18n/language';
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
