import fc from 'fast-check';
import { daysInMonth } from '../../shared/domain/units';
import {
  COLUMN_KINDS,
  withTotals,
  type ColumnKind,
  type ReportCell,
  type ReportTable,
} from '../../shared/report/document';

/** Text a cell may hold: any Unicode, and the characters CSV must quote or neutralise. */
export const reportTextArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc
    .array(fc.constantFrom(';', '"', '\r\n', '\n', ',', 'a', 'é', '€', ' ', '=', '-', '@'), {
      maxLength: 8,
    })
    .map((parts) => parts.join('')),
);

/** An ISO date that exists, years 1900–2100. */
export const isoDateArb = fc
  .record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }) })
  .chain(({ y, m }) =>
    fc
      .integer({ min: 1, max: daysInMonth(y, m) })
      .map((d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  );

/** A cell of a column of the kind: a value of the kind, or empty. */
export function reportCellArb(kind: ColumnKind): fc.Arbitrary<ReportCell> {
  const value: fc.Arbitrary<ReportCell> = (() => {
    switch (kind) {
      case 'text':
        return reportTextArb;
      case 'date':
        return isoDateArb;
      case 'month':
        return isoDateArb.map((d) => d.slice(0, 7));
      case 'euro':
        return fc.integer({ min: -10_000_000_000, max: 10_000_000_000 });
      case 'count':
        return fc.integer({ min: -1_000_000, max: 1_000_000 });
      case 'percent':
        return fc.oneof(
          fc.double({ min: -10, max: 10, noNaN: true }),
          fc.integer({ min: -1000, max: 1000 }).map((n) => n / 1000),
        );
      case 'hours':
      case 'fte':
        return fc.oneof(
          fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 100),
          fc.double({ min: 0, max: 1e7, noNaN: true }),
        );
    }
  })();
  return fc.oneof({ arbitrary: value, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 });
}

/** A typed table of one to six columns of any kinds, with or without a totals row. */
export const reportTableArb: fc.Arbitrary<ReportTable> = fc
  .array(fc.constantFrom(...COLUMN_KINDS), { minLength: 1, maxLength: 6 })
  .chain((kinds) =>
    fc
      .record({
        headers: fc.array(reportTextArb, { minLength: kinds.length, maxLength: kinds.length }),
        rows: fc.array(fc.tuple(...kinds.map(reportCellArb)), { maxLength: 6 }),
        totals: fc.boolean(),
      })
      .map(({ headers, rows, totals }) => {
        const table: ReportTable = {
          name: 'tabel',
          caption: 'tabel',
          columns: kinds.map((kind, j) => ({ header: headers[j] ?? '', kind })),
          rows,
        };
        return totals ? withTotals(table, 'Totaal') : table;
      }),
  );
