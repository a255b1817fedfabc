import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate';
import { decodeBytes, parseCsv, parseNumberCell, type Sheet } from './csv-read';

/** Text as Windows-1252 bytes (the letters these fixtures use), as Dutch Excel saves a CSV. */
function cp1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '’': 0x92, '–': 0x96 };
  return Uint8Array.from(
    Array.from(text, (ch) => {
      const code = ch.codePointAt(0) ?? 0;
      if (special[ch] !== undefined) return special[ch];
      if (code > 0xff) throw new Error(`no cp1252 byte for ${ch}`);
      return code;
    }),
  );
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const withBom = (bytes: Uint8Array): Uint8Array => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);

/** The sheet a text reads as (the test fails on a refusal). */
function sheet(text: string): Sheet {
  const read = parseCsv(text);
  if (!read.ok) throw new Error(translate(read.error.key, read.error.params));
  return read.value;
}

const FILE = [
  'Activiteit;Team;Periode;Uren;Kosten',
  'Bijdrage Hoofdlijnen café;Team Jeugd;2026-03;1.234,5;€ 12.500,00',
  '"Toezicht; jeugd";Team Jeugd;03-2026;7,25;',
  '',
  '"Brief over de ""keten""',
  'tweede regel";Team Asiel;maart 2026;12;-1.000,50',
  ';;;;',
  'Monitor;Team Asiel;2026-04;8;0',
  '',
].join('\r\n');

describe('reading CSV as Dutch Excel writes it (issue 13)', () => {
  it('decodes UTF-8 with a byte-order mark, and drops the mark', () => {
    const { text, encoding } = decodeBytes(withBom(utf8(FILE)));
    expect(encoding).toBe('utf-8-bom');
    expect(text).toBe(FILE);
  });

  it('decodes UTF-8 without a mark', () => {
    const { text, encoding } = decodeBytes(utf8(FILE));
    expect(encoding).toBe('utf-8');
    expect(text).toContain('café');
  });

  it('decodes Windows-1252 (accents and the euro sign) when the bytes are not UTF-8', () => {
    const { text, encoding } = decodeBytes(cp1252(FILE));
    expect(encoding).toBe('windows-1252');
    expect(text).toBe(FILE);
    expect(sheet(text).rows[1]!.cells[0]).toBe('Bijdrage Hoofdlijnen café');
    expect(sheet(text).rows[1]!.cells[4]).toBe('€ 12.500,00');
  });

  it('decodes UTF-16 with its mark (Excel’s "Unicode-tekst")', () => {
    const units = Array.from('Uren\tTeam\r\n7,5\tJeugd').flatMap((c) => [
      c.charCodeAt(0) & 0xff,
      c.charCodeAt(0) >> 8,
    ]);
    const { text, encoding } = decodeBytes(Uint8Array.from([0xff, 0xfe, ...units]));
    expect(encoding).toBe('utf-16le');
    expect(sheet(text).rows[1]!.cells).toEqual(['7,5', 'Jeugd']);
  });

  it('keeps a quoted ; and a quoted line break in their cell, and "" as one quote', () => {
    const rows = sheet(FILE).rows;
    expect(rows[2]!.cells[0]).toBe('Toezicht; jeugd');
    expect(rows[3]!.cells[0]).toBe('Brief over de "keten"\r\ntweede regel');
    expect(rows[3]!.cells).toHaveLength(5);
  });

  it('numbers rows as the spreadsheet does: blank lines and ;;;; rows left out but counted', () => {
    const rows = sheet(FILE).rows;
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 5, 7]);
    expect(rows.map((r) => r.cells[0])).toEqual([
      'Activiteit',
      'Bijdrage Hoofdlijnen café',
      'Toezicht; jeugd',
      'Brief over de "keten"\r\ntweede regel',
      'Monitor',
    ]);
  });

  it('reads LF and CR line ends, and a last line without one', () => {
    expect(sheet('a;b\nc;d').rows.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(sheet('a;b\rc;d\r').rows.map((r) => r.row)).toEqual([1, 2]);
  });

  it('finds the separator: ; by default, , or a tab when the header uses those', () => {
    expect(sheet('Uren,Team\n7,Jeugd').rows[1]!.cells).toEqual(['7', 'Jeugd']);
    expect(sheet('Uren\tTeam\n7,5\tJeugd').rows[1]!.cells).toEqual(['7,5', 'Jeugd']);
    expect(sheet('Uren;Team,x\n7,5;Jeugd').rows[1]!.cells).toEqual(['7,5', 'Jeugd']);
  });

  it('refuses a quote that is never closed, naming the row it opened in', () => {
    const read = parseCsv('Activiteit;Uren\r\nA;1\r\n"Monitor;2\r\nB;3\r\n');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(translate(read.error.key, read.error.params)).toMatch(/^Rij 3: /);
  });

  it('reads Dutch numbers: decimal comma, thousands dots, euro sign, minus, exponent', () => {
    expect(parseNumberCell('1.234,5')).toBe(1234.5);
    expect(parseNumberCell('1234,5')).toBe(1234.5);
    expect(parseNumberCell('€ 12.500,00')).toBe(12500);
    expect(parseNumberCell('-1.000,50')).toBe(-1000.5);
    expect(parseNumberCell('\u22127,5')).toBe(-7.5);
    expect(parseNumberCell('1.000.000')).toBe(1000000);
    expect(parseNumberCell('1,5e-7')).toBe(1.5e-7);
    expect(parseNumberCell('7 uur')).toBeNull();
    expect(parseNumberCell('1,2,3')).toBeNull();
    expect(parseNumberCell('')).toBeNull();
  });

  it('reads a 100.000-row file, every row in place', () => {
    const lines = ['Activiteit;Team;Periode;Uren;Kosten'];
    for (let i = 0; i < 100_000; i += 1)
      lines.push(
        `"Activiteit ${i % 50}; deel";Team ${i % 7};2026-${String((i % 12) + 1).padStart(2, '0')};${i % 40},5;1.${String(i % 1000).padStart(3, '0')},25`,
      );
    const bytes = withBom(utf8(`${lines.join('\r\n')}\r\n`));
    const read = parseCsv(decodeBytes(bytes).text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.rows).toHaveLength(100_001);
    const last = read.value.rows[100_000]!;
    expect(last.row).toBe(100_001);
    expect(last.cells).toEqual(['Activiteit 49; deel', 'Team 4', '2026-04', '39,5', '1.999,25']);
  });

  it('refuses more rows than the limit', () => {
    const read = parseCsv('a\nb\nc\n', { maxRows: 2 });
    expect(read.ok).toBe(false);
  });
});
