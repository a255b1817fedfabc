import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportTableArb } from '../../tests/arbitraries/report';
import { percentPoints, reportTableCsv } from '../export/csv';
import { neutralise } from '../export/table';
import { nl } from '../i18n/messages.nl';
import type { ColumnKind, ReportCell } from '../report/document';
import { decodeBytes, parseCsv, parseNumberCell } from './csv-read';

/** What a typed cell reads back as from Koers's CSV, in the cell's own terms (cents, ratio, ISO). */
function readBack(kind: ColumnKind, text: string): ReportCell {
  if (text === '') return null;
  const number = () => parseNumberCell(text);
  switch (kind) {
    case 'text':
      return text;
    case 'date': {
      const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(text);
      return m ? `${m[3]}-${m[2]}-${m[1]}` : `unreadable ${text}`;
    }
    case 'month': {
      const m = /^01-(\d{2})-(\d{4})$/.exec(text);
      return m ? `${m[2]}-${m[1]}` : `unreadable ${text}`;
    }
    case 'euro': {
      const n = number();
      return n === null ? `unreadable ${text}` : Math.round(n * 100);
    }
    default:
      return number();
  }
}

/** What a cell was written as, in the cell's own terms (text neutralised, a ratio as percent). */
function expected(kind: ColumnKind, cell: ReportCell): ReportCell {
  if (cell === null || (kind === 'text' && neutralise(cell) === '')) return null;
  if (kind === 'text') return neutralise(cell);
  const value = kind === 'percent' && typeof cell === 'number' ? percentPoints(cell) : cell;
  // -0 is written as 0.
  return value === 0 ? 0 : value;
}

describe('a typed table in Koers’s CSV reads back equal (issue 13, Out)', () => {
  it('any typed table: euros to the cent, percentages, dates and months, text as written, totals last', () => {
    fc.assert(
      fc.property(reportTableArb, (table) => {
        const csv = reportTableCsv(table, 'nl');
        const read = parseCsv(decodeBytes(new TextEncoder().encode(csv)).text, { delimiter: ';' });
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        const byRow = new Map(read.value.rows.map((r) => [r.row, r.cells]));
        const header = byRow.get(1);
        const headers = table.columns.map((c) =>
          c.kind === 'percent' && !c.header.includes('%') ? `${c.header} (%)` : c.header,
        );
        if (headers.some((h) => neutralise(h) !== ''))
          expect(header).toEqual(headers.map((h) => neutralise(h)));
        const rows = table.totals ? [...table.rows, table.totals] : table.rows;
        for (const [i, row] of rows.entries()) {
          const want = table.columns.map((c, j) => expected(c.kind, row[j] ?? null));
          const cells = byRow.get(i + 2);
          if (want.every((w) => w === null)) {
            expect(cells).toBeUndefined();
            continue;
          }
          const got = table.columns.map((c, j) => readBack(c.kind, cells?.[j] ?? ''));
          expect(got).toEqual(want);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('writes a Dutch table as Dutch Excel reads it', () => {
    const csv = reportTableCsv(
      {
        name: 't',
        caption: 't',
        columns: [
          { header: 'Focus', kind: 'text' },
          { header: 'Kosten', kind: 'euro' },
          { header: 'Verschil', kind: 'percent' },
          { header: 'Gepubliceerd', kind: 'date' },
          { header: 'Maand', kind: 'month' },
          { header: 'Uren', kind: 'hours' },
        ],
        rows: [['Context', 1_669_600_050, 0.051, '2025-10-09', '2026-03', 1363.5]],
        totals: ['Totaal', 1_669_600_050, null, null, null, 1363.5],
      },
      'nl',
    );
    expect(csv).toBe(
      '\ufeffFocus;Kosten;Verschil (%);Gepubliceerd;Maand;Uren\r\n' +
        'Context;16696000,5;5,1;09-10-2025;01-03-2026;1363,5\r\n' +
        'Totaal;16696000,5;;;;1363,5\r\n',
    );
    expect(nl['report.percentHeader']).toBe('{header} (%)');
  });
});
