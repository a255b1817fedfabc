import { neutralise, type Cell, type ExportTable } from './table';

/** A number as Dutch Excel reads it: decimal comma, no thousands separator. */
const dutchNumber = (n: number): string => String(n).replace('.', ',');

/** Quotes a CSV field when it holds the separator, a quote or a line break. */
function field(cell: Cell): string {
  const safe = neutralise(cell);
  if (safe === null) return '';
  if (typeof safe === 'number') return Number.isFinite(safe) ? dutchNumber(safe) : '';
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Writes a table as CSV the way Dutch Excel opens it: UTF-8 with a byte-order mark, semicolons
 * between fields, decimal commas, CRLF line ends; text that looks like a formula is neutralised.
 */
export function toCsv(table: ExportTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(field).join(';'));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
