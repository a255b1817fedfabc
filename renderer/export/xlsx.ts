import { sheetName } from '../../shared/export/sheet-name';
import { neutralise, type ExportTable } from '../../shared/export/table';
import { translate } from '../../shared/i18n/translate';

/**
 * Writes a table as an XLSX workbook with exceljs (maintained; the npm `xlsx` 0.18.5 has
 * unfixed prototype-pollution and ReDoS advisories). Text cells are neutralised against formula
 * injection and written as plain strings; numbers as numbers. Loaded on first use.
 */
export async function toXlsx(table: ExportTable): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Koers';
  const sheet = book.addWorksheet(sheetName(table.name, translate('export.sheetFallback')));
  sheet.addRow([...table.columns]).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((c) => neutralise(c)));
  sheet.columns.forEach((col) => {
    col.width = 18;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return new Uint8Array(await book.xlsx.writeBuffer());
}
