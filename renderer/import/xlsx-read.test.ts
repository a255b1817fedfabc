import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/translate';
import { cellText, readXlsx } from './xlsx-read';

/** A workbook written by exceljs, as bytes (the way the page gets a chosen file). */
async function workbook(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet('Uren'));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('reading a realisation workbook (issue 13)', () => {
  it('reads the first sheet: numbers exactly, dates as days, a formula’s cached value, a link’s text', async () => {
    const bytes = await workbook((s) => {
      s.addRow(['Activiteit', 'Periode', 'Uren', 'Kosten']);
      s.addRow(['Bijdrage Hoofdlijnen café', new Date(Date.UTC(2026, 2, 15)), 1234.5, 0.1 + 0.2]);
      s.addRow([]);
      s.addRow([
        { text: 'Monitor', hyperlink: 'https://example.org/x' },
        '2026-04',
        // An external workbook's value: only its cached result is read, never evaluated.
        { formula: "'[1]Blad1'!A1*2", result: 8 },
        { richText: [{ text: '1.000,' }, { text: '50' }] },
      ]);
    });
    const read = await readXlsx(bytes);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.rows).toEqual([
      { row: 1, cells: ['Activiteit', 'Periode', 'Uren', 'Kosten'] },
      {
        row: 2,
        cells: ['Bijdrage Hoofdlijnen café', '2026-03-15', '1234,5', '0,30000000000000004'],
      },
      { row: 4, cells: ['Monitor', '2026-04', '8', '1.000,50'] },
    ]);
  });

  it('refuses a file above the size limit before unpacking it', async () => {
    const read = await readXlsx(new Uint8Array(11), { maxBytes: 10 });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.key).toBe('xlsx.tooLarge');
  });

  it('stops at the row limit and says so', async () => {
    const bytes = await workbook((s) => {
      for (let i = 0; i < 30; i += 1) s.addRow([`A${i}`, i]);
    });
    const read = await readXlsx(bytes, { maxRows: 10 });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(translate(read.error.key, read.error.params)).toContain('10');
  });

  it('refuses what is not a workbook', async () => {
    const read = await readXlsx(new TextEncoder().encode('Activiteit;Uren\r\n'));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.key).toBe('xlsx.unreadable');
  });

  it('shows error values as Excel does and leaves empty cells empty', () => {
    expect(cellText({ error: '#N/B' })).toBe('#N/B');
    expect(cellText(null)).toBe('');
    expect(cellText({ sharedFormula: 'A1', result: { error: '#DEEL/0!' } })).toBe('#DEEL/0!');
  });
});
