import { describe, expect, it } from 'vitest';
import { nl } from '../i18n/messages.nl';
import { translate } from '../i18n/translate';
import {
  cellFits,
  documentProblems,
  tableProblems,
  withTotals,
  type ReportTable,
} from './document';
import { formatReportCell } from './format-cell';
import { reportCsvFiles } from './csv-files';

const table: ReportTable = {
  name: 'Plan en realisatie',
  caption: 'Uren en kosten per focus',
  columns: [
    { header: 'Focus', kind: 'text' },
    { header: 'Uren', kind: 'hours' },
    { header: 'Kosten', kind: 'euro' },
    { header: 'Verschil %', kind: 'percent' },
    { header: 'Publicaties', kind: 'count' },
    { header: 'Gepubliceerd op', kind: 'date' },
    { header: 'Startmaand', kind: 'month' },
  ],
  rows: [
    ['Context', 1200.5, 12_345_67, 0.051, 3, '2025-10-09', '2026-03'],
    ['Effect', 0.1, 100, -0.1, 0, null, null],
    ['Digitalisering', 0.2, 1, null, 2, '2024-02-29', '2026-12'],
  ],
};

describe('a report table', () => {
  it('is sound with the totals withTotals makes (hours that drift in floating point included)', () => {
    const t = withTotals(table, 'Totaal');
    expect(t.totals).toEqual(['Totaal', 1200.8, 12_346_68, null, 5, null, null]);
    expect(tableProblems(t)).toEqual([]);
  });

  it('names table and column when a total is not the sum of its rows', () => {
    const t = { ...withTotals(table, 'Totaal') };
    const wrong: ReportTable = {
      ...t,
      totals: ['Totaal', 1200.8, 12_346_69, null, 5, null, null],
    };
    const problems = tableProblems(wrong);
    expect(problems).toHaveLength(1);
    expect(translate(problems[0]!.key, problems[0]!.params)).toBe(
      'Tabel „Plan en realisatie”, kolom „Kosten”: het totaal € 12.346,69 is niet de som van de regels (€ 12.346,68).',
    );
    const hours: ReportTable = { ...t, totals: ['Totaal', 1201, 12_346_68, null, 5, null, null] };
    expect(tableProblems(hours).map((p) => p.params?.column)).toEqual(['Uren']);
    const count: ReportTable = { ...t, totals: ['Totaal', 1200.8, 12_346_68, null, 6, null, null] };
    expect(tableProblems(count).map((p) => [p.key, p.params?.column])).toEqual([
      ['report.totalsMismatch', 'Publicaties'],
    ]);
  });

  it('does not add up percentages, and leaves an empty total unchecked', () => {
    const t: ReportTable = { ...table, totals: ['Totaal', null, null, 0.5, null, null, null] };
    expect(tableProblems(t)).toEqual([]);
  });

  it('refuses a row of the wrong width and a cell of the wrong kind, naming row and column', () => {
    const t: ReportTable = {
      ...table,
      rows: [
        ['Context', 1, 1.5, 0, 1, '2026-02-29', '2026-13'],
        ['Kort', 1],
      ],
    };
    const problems = tableProblems(t);
    expect(problems.map((p) => [p.key, p.params?.row, p.params?.column])).toEqual([
      ['report.cellKind', '1', 'Kosten'],
      ['report.cellKind', '1', 'Gepubliceerd op'],
      ['report.cellKind', '1', 'Startmaand'],
      ['report.rowWidth', '2', undefined],
    ]);
  });

  it('says which cells fit which kind', () => {
    expect(cellFits('text', 'x')).toBe(true);
    expect(cellFits('text', 1)).toBe(false);
    expect(cellFits('euro', 1.5)).toBe(false);
    expect(cellFits('count', 2)).toBe(true);
    expect(cellFits('hours', Number.NaN)).toBe(false);
    expect(cellFits('date', '2025-10-09')).toBe(true);
    expect(cellFits('month', '2025-10-09')).toBe(false);
    expect(cellFits('percent', null)).toBe(true);
  });
});

describe('a report document', () => {
  it('refuses a table name twice (sheet and file names must differ) and reports each table', () => {
    const doc = {
      title: 'Jaarbericht',
      subtitle: 'Werkprogramma 2025',
      sections: [
        { heading: 'A', paragraphs: [], tables: [table] },
        {
          heading: 'B',
          paragraphs: [],
          tables: [{ ...table, name: 'plan en realisatie', totals: ['x', 1, 1, 1, 1, null, null] }],
        },
      ],
    };
    const keys = documentProblems(doc).map((p) => p.key);
    expect(keys[0]).toBe('report.duplicateTable');
    expect(keys.filter((k) => k === 'report.totalsMismatch')).toHaveLength(3);
    expect(nl['report.duplicateTable']).toContain('{table}');
  });
});

describe('report cells on screen', () => {
  it('are Dutch: euros from cents, percentages from ratios, dates and months in words', () => {
    expect(formatReportCell('euro', 1_669_600_000)).toBe('€ 16.696.000');
    expect(formatReportCell('percent', 0.051)).toBe('5,1%');
    expect(formatReportCell('date', '2025-10-09')).toBe('9 oktober 2025');
    expect(formatReportCell('month', '2026-03')).toBe('maart 2026');
    expect(formatReportCell('hours', 1363.54)).toBe('1.363,5');
    expect(formatReportCell('fte', 149.55)).toBe('149,55');
    expect(formatReportCell('count', 12000)).toBe('12.000');
    expect(formatReportCell('text', null)).toBe('');
  });
});

describe('a report as CSV files', () => {
  it('gives one file per table, named after the report and the table, and refuses totals that do not add up', () => {
    const doc = {
      title: 'Jaarbericht',
      subtitle: 'Werkprogramma 2025',
      sections: [
        { heading: 'A', paragraphs: [], tables: [withTotals(table, 'Totaal')] },
        { heading: 'B', paragraphs: [], tables: [{ ...table, name: 'Plan: en realisatie' }] },
      ],
    };
    const files = reportCsvFiles(doc, 'nl');
    expect(files.ok && files.value.map((f) => f.name)).toEqual([
      'Jaarbericht - Plan en realisatie.csv',
      'Jaarbericht - Plan- en realisatie.csv',
    ]);
    expect(files.ok && files.value[0]!.content.split('\r\n')[4]).toBe(
      'Totaal;1200,8;12346,68;;5;;',
    );
    const wrong = reportCsvFiles({
      ...doc,
      sections: [
        {
          heading: 'A',
          paragraphs: [],
          tables: [{ ...table, totals: ['T', 1, 1, null, 1, null, null] }],
        },
      ],
    });
    expect(wrong.ok).toBe(false);
  });
});
