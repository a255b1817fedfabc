import type { Sheet, SheetRow } from '../../shared/import/csv-read';
import { formatNumber } from '../../shared/format/nl';
import { fail, ok, type Result } from '../../shared/result';

/** Largest workbook read (20 MB, compressed); larger files are refused before unpacking. */
export const MAX_XLSX_BYTES = 20 * 1024 * 1024;

/** Most rows of the sheet read; the parser stops at this many (a guard against huge sheets). */
export const MAX_XLSX_ROWS = 200_000;

/** Most columns a row may have. */
const MAX_XLSX_COLUMNS = 200;

/**
 * Parts of a worksheet that are never read: links, validations, drawings, formatting. Skipping
 * them means no hyperlink target reaches Koers and less of an untrusted file is parsed.
 */
const IGNORED = [
  'hyperlinks',
  'dataValidations',
  'conditionalFormatting',
  'drawing',
  'picture',
  'extLst',
  'tableParts',
  'mergeCells',
  'autoFilter',
  'headerFooter',
  'pageSetup',
  'printOptions',
  'rowBreaks',
  'sheetProtection',
];

/** A number as the CSV reader reads it back exactly (`String`, decimal comma). */
const dutch = (n: number): string => String(n).replace('.', ',');

/** A date cell as a calendar date (exceljs gives dates at midnight UTC). */
const isoDay = (d: Date): string =>
  `${String(d.getUTCFullYear())}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(
    d.getUTCDate(),
  ).padStart(2, '0')}`;

/**
 * A cell's value as text, the way the CSV reader hands cells on: a formula's cached result (a
 * formula is never evaluated, so a link to another workbook is only the value it last showed),
 * a hyperlink's text (never its target), rich text's characters, a date as `yyyy-mm-dd`, a
 * number in Dutch notation, an error value (`#N/B`) as it is shown.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? dutch(value) : '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'WAAR' : 'ONWAAR';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : isoDay(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('result' in v || 'formula' in v || 'sharedFormula' in v) return cellText(v.result);
    if (Array.isArray(v.richText))
      return v.richText.map((r) => cellText((r as { text?: unknown }).text)).join('');
    if ('text' in v) return cellText(v.text);
    if (typeof v.error === 'string') return v.error;
  }
  return '';
}

/**
 * Reads the first worksheet of an XLSX file (its bytes, read in the page) with exceljs, within
 * limits: the file's size, the rows and columns the parser takes (it stops beyond them), no
 * formula evaluated, no hyperlink or external link followed. Rows are numbered as Excel numbers
 * them; empty rows are left out. Refusals are Dutch messages, nothing is thrown.
 */
export async function readXlsx(
  bytes: Uint8Array,
  limits: { readonly maxBytes?: number; readonly maxRows?: number } = {},
): Promise<Result<Sheet>> {
  const maxBytes = limits.maxBytes ?? MAX_XLSX_BYTES;
  const maxRows = limits.maxRows ?? MAX_XLSX_ROWS;
  if (bytes.length > maxBytes)
    return fail({
      key: 'xlsx.tooLarge',
      params: { max: formatNumber(Math.round(maxBytes / 1024 / 1024)) },
    });
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(
      bytes as unknown as ArrayBuffer,
      {
        maxRows,
        maxCols: MAX_XLSX_COLUMNS,
        ignoreNodes: IGNORED,
      } as never,
    );
  } catch (error) {
    if (error instanceof Error && /^Max row count/.test(error.message))
      return fail({ key: 'xlsx.tooManyRows', params: { max: formatNumber(maxRows) } });
    if (error instanceof Error && /^Max c count/.test(error.message))
      return fail({ key: 'xlsx.tooManyColumns', params: { max: formatNumber(MAX_XLSX_COLUMNS) } });
    return fail({ key: 'xlsx.unreadable' });
  }
  const sheet = book.worksheets.find((s) => s.state !== 'hidden') ?? book.worksheets[0];
  if (!sheet) return fail({ key: 'xlsx.noSheet' });
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as unknown[];
    const cells: string[] = [];
    // exceljs' row values start at index 1 (column A).
    for (let c = 1; c < values.length; c += 1) cells.push(cellText(values[c]));
    if (cells.some((x) => x !== '')) rows.push({ row: rowNumber, cells });
  });
  return ok({ rows });
}
