import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { withTotals, type ReportDocument, type ReportTable } from '../../shared/report/document';
import { reportSheetNames, writeReportXlsx } from './xlsx-report';

const plan: ReportTable = withTotals(
  {
    name: 'Plan en realisatie per focus 2025',
    caption: 'Uren en kosten per MJP-focus, 2025',
    columns: [
      { header: 'Focus', kind: 'text' },
      { header: 'Plan (vastgesteld)', kind: 'hours' },
      { header: 'Realisatie', kind: 'hours' },
      { header: 'Kosten', kind: 'euro' },
      { header: 'Verschil %', kind: 'percent' },
      { header: 'Fte', kind: 'fte' },
      { header: 'Publicaties', kind: 'count' },
    ],
    rows: [
      ['Focus op de context', 12_000.5, 11_000, 1_234_567_89, -0.083, 8.25, 4],
      ['=SOM(A1:A9)', 800, 900.25, 50_00, 0.125, 0.5, 1],
    ],
  },
  'Totaal',
  { 4: -0.06 },
);

// Another name that Excel's 31 characters cut to the same sheet name.
const publications: ReportTable = {
  name: 'Plan en realisatie per focus 2025: publicaties',
  caption: 'Publicaties 2025 met datum',
  columns: [
    { header: 'Titel', kind: 'text' },
    { header: 'Gepubliceerd op', kind: 'date' },
    { header: 'Gepland', kind: 'month' },
  ],
  rows: [
    ['Rapport politie', '2025-10-09', '2025-09'],
    ['Brief jeugd', '2024-02-29', '2025-12'],
  ],
};

const doc: ReportDocument = {
  title: 'Jaarbericht 2025',
  subtitle: 'Werkprogramma 2025',
  sections: [
    { heading: 'Plan en realisatie', paragraphs: ['…'], tables: [plan] },
    { heading: 'Publicaties', paragraphs: [], tables: [publications] },
  ],
};

async function readBack(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer as ArrayBuffer);
  return book;
}

describe('the report as XLSX', () => {
  it('writes one sheet per table with unique valid names', async () => {
    const written = await writeReportXlsx(doc);
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    const book = await readBack(written.value);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Plan en realisatie per focus 20',
      'Plan en realisatie per focu (2)',
    ]);
    expect(
      reportSheetNames([
        { ...plan, name: 'History' },
        { ...plan, name: 'a/b' },
      ]),
    ).toEqual(['History (1)', 'a b']);
  });

  it('writes numbers as numbers with Dutch-showable formats, a bold checked totals row, a frozen header and a filter', async () => {
    const written = await writeReportXlsx(doc);
    if (!written.ok) throw new Error('not written');
    const sheet = (await readBack(written.value)).worksheets[0]!;
    const row = (r: number) => sheet.getRow(r);
    expect(row(1).values).toEqual([
      undefined,
      'Focus',
      'Plan (vastgesteld)',
      'Realisatie',
      'Kosten',
      'Verschil %',
      'Fte',
      'Publicaties',
    ]);
    expect(row(1).font.bold).toBe(true);
    // Row 2: numbers as numbers, euros in euros, a percentage as its ratio.
    expect(row(2).getCell(2).value).toBe(12_000.5);
    expect(row(2).getCell(4).value).toBe(1_234_567.89);
    expect(row(2).getCell(5).value).toBe(-0.083);
    expect(row(2).getCell(7).value).toBe(4);
    expect(row(2).getCell(2).numFmt).toBe('#,##0.0');
    expect(row(2).getCell(4).numFmt).toBe('"€ "#,##0;"€ "-#,##0');
    expect(row(2).getCell(5).numFmt).toBe('0.0%');
    expect(row(2).getCell(6).numFmt).toBe('#,##0.00');
    expect(row(2).getCell(7).numFmt).toBe('#,##0');
    // Formula-like text is neutralised, never a formula.
    expect(row(3).getCell(1).value).toBe("'=SOM(A1:A9)");
    expect(row(3).getCell(1).formula).toBeUndefined();
    // The totals row: the sums, bold.
    expect(row(4).values).toEqual([
      undefined,
      'Totaal',
      12_800.5,
      11_900.25,
      1_234_617.89,
      -0.06,
      8.75,
      5,
    ]);
    expect(row(4).font.bold).toBe(true);
    expect(sheet.rowCount).toBe(4);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // Read back as Excel stores it: the header and the rows, not the totals.
    expect(sheet.autoFilter).toBe('A1:G3');
    // Widths from content: the long title column is wider than the count column.
    expect(sheet.getColumn(1).width).toBeGreaterThan(sheet.getColumn(7).width!);
    expect(sheet.getColumn(1).width).toBe('Focus op de context'.length + 2);
  });

  it('writes dates and months as real dates with day-month-year and month-year formats', async () => {
    const written = await writeReportXlsx(doc);
    if (!written.ok) throw new Error('not written');
    const sheet = (await readBack(written.value)).worksheets[1]!;
    const published = sheet.getRow(2).getCell(2);
    expect(published.value).toEqual(new Date(Date.UTC(2025, 9, 9)));
    expect(published.numFmt).toBe('d-m-yyyy');
    const month = sheet.getRow(3).getCell(3);
    expect(month.value).toEqual(new Date(Date.UTC(2025, 11, 1)));
    expect(month.numFmt).toBe('mmm yyyy');
    expect(sheet.getRow(3).getCell(2).value).toEqual(new Date(Date.UTC(2024, 1, 29)));
  });

  it('refuses a document whose totals do not match its rows, naming table and column', async () => {
    const wrong: ReportDocument = {
      ...doc,
      sections: [
        {
          heading: 'x',
          paragraphs: [],
          tables: [{ ...plan, totals: ['Totaal', 12_800.5, 11_900.25, 1, -0.06, 8.75, 5] }],
        },
      ],
    };
    const written = await writeReportXlsx(wrong);
    expect(written.ok).toBe(false);
    if (written.ok) return;
    expect(written.error.key).toBe('report.invalid');
    expect(String(written.error.params?.problem)).toContain(
      'Tabel „Plan en realisatie per focus 2025”, kolom „Kosten”',
    );
  });
});
