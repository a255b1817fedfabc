import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { toXlsx } from './xlsx';

describe('XLSX export', () => {
  it('writes formula-like text as neutralised plain text, numbers as numbers', async () => {
    const bytes = await toXlsx({
      name: 'Werkprogramma 2026',
      columns: ['Activiteit', 'Uren'],
      rows: [
        ['=HYPERLINK("http://example.org","klik")', 1200.5],
        ['+31 70 000', -5],
        ['@SUM(A1:A9)', 0],
        ['Gewoon', 3],
      ],
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    for (const r of [2, 3, 4]) {
      const cell = sheet.getRow(r).getCell(1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect((cell.value as string).startsWith("'")).toBe(true);
      expect(cell.formula).toBeUndefined();
    }
    expect(sheet.getRow(2).getCell(2).value).toBe(1200.5);
    expect(sheet.getRow(3).getCell(2).value).toBe(-5);
    expect(sheet.getRow(5).getCell(1).value).toBe('Gewoon');
  });

  it.each([
    ["'s-Hertogenbosch werkprogramma 2026", 's-Hertogenbosch werkprogramma 2'],
    ['History', 'History (1)'],
  ])('writes a workbook for a programme named %j, on sheet %j', async (name, sheet) => {
    const bytes = await toXlsx({ name, columns: ['Activiteit'], rows: [['Toezicht']] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(book.worksheets[0]!.name).toBe(sheet);
  });
});
