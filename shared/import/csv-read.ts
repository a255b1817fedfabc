import { formatNumber, parseDutchNumber } from '../format/nl';
import type { Message } from '../i18n/translate';
import { fail, ok, type Result } from '../result';

/**
 * Reads CSV the way Dutch Excel writes it (issue 13, "Realisatie in"): `;` between fields,
 * decimal commas and thousands dots, UTF-8 with or without a byte-order mark or Windows-1252,
 * quoted fields that hold `;`, quotes (`""`) and line breaks, blank lines anywhere. Pure: bytes
 * in, rows out; no file system, no clock.
 */

// The WHATWG TextDecoder exists in every place Koers runs (Chromium, Node); shared/ has no DOM
// or Node types, so its one use is declared here.
declare const TextDecoder: new (
  label: string,
  options?: { readonly fatal?: boolean; readonly ignoreBOM?: boolean },
) => { decode(bytes: Uint8Array): string };

/** How a file's bytes were written. */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1252';

/**
 * Decodes a file's bytes: a UTF-8 or UTF-16 byte-order mark says so; otherwise the bytes are
 * UTF-8 when they are valid UTF-8 (what any other encoding's accented letters almost never are),
 * and Windows-1252 (what Excel's "CSV (gescheiden door lijstscheidingsteken)" writes on a Dutch
 * Windows) when they are not.
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return {
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)),
      encoding: 'utf-8-bom',
    };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return {
      text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)),
      encoding: 'utf-16le',
    };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Windows-1252's letters at 0x80–0x9F (the rest of its bytes are their own code points). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decodes Windows-1252 by its table (WHATWG Encoding, index windows-1252). Not through
 * TextDecoder: Node 20 (the tests, the benchmark) decodes the label as Latin-1 and gives U+0080
 * for the euro sign; Chromium does not, and the table agrees with Chromium.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (const [i, b] of bytes.entries()) {
    units[i] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
  }
  let out = '';
  for (let i = 0; i < units.length; i += 8192)
    out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

/** One record of a sheet: its row number as a spreadsheet shows it (1 = the first), its cells. */
export type SheetRow = { readonly row: number; readonly cells: readonly string[] };

/** A sheet read from a file: the rows that hold anything (blank ones are left out). */
export type Sheet = { readonly rows: readonly SheetRow[] };

/** The separators a Dutch or other Excel may write. */
export type Delimiter = ';' | ',' | '\t';

/**
 * The separator of a file: the one that occurs most often in its first line (the headers)
 * outside quotes, `;` when there is a tie or none (Dutch Excel's list separator).
 */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch] += 1;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  if (counts[','] > counts[';']) return ',';
  return ';';
}

/** Most rows a file may hold; more is refused before anything is matched. */
export const MAX_CSV_ROWS = 1_000_000;

/**
 * Splits CSV text into rows. A field that starts with `"` is quoted: it runs to the next lone
 * `"`, may hold the separator and line breaks, and `""` inside it is one quote (RFC 4180, as
 * Excel writes it); text after a closing quote up to the separator is kept (Excel does too). A
 * quote inside an unquoted field is an ordinary character. Line ends are CRLF, LF or CR. A row
 * whose cells are all empty (a blank line, or `;;;` as Excel writes an empty row) is left out
 * but still counted, so the row numbers are the spreadsheet's. A quote never closed is refused
 * naming the row it opened in.
 */
export function parseCsv(
  text: string,
  options: { readonly delimiter?: Delimiter; readonly maxRows?: number } = {},
): Result<Sheet> {
  // The byte-order mark is `decodeBytes`' to remove: a text cell may start with U+FEFF.
  const body = text;
  const sep = options.delimiter ?? detectDelimiter(body);
  const maxRows = options.maxRows ?? MAX_CSV_ROWS;
  const rows: SheetRow[] = [];
  const n = body.length;
  let row = 0;
  let i = 0;
  while (i < n) {
    row += 1;
    if (row > maxRows) return fail(tooMany(maxRows));
    const cells: string[] = [];
    let filled = false;
    // One record: fields until a line end outside quotes, or the end of the text.
    for (;;) {
      let value: string;
      if (body[i] === '"') {
        const opened = row;
        let out = '';
        let from = i + 1;
        for (;;) {
          const q = body.indexOf('"', from);
          if (q === -1)
            return fail({ key: 'csv.unclosedQuote', params: { row: formatNumber(opened) } });
          out += body.slice(from, q);
          if (body[q + 1] === '"') {
            out += '"';
            from = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        // Text after the closing quote up to the separator or the line end.
        let end = i;
        while (end < n && body[end] !== sep && body[end] !== '\n' && body[end] !== '\r') end += 1;
        value = out + body.slice(i, end);
        i = end;
      } else {
        let end = i;
        while (end < n && body[end] !== sep && body[end] !== '\n' && body[end] !== '\r') end += 1;
        value = body.slice(i, end);
        i = end;
      }
      if (value !== '') filled = true;
      cells.push(value);
      if (i < n && body[i] === sep) {
        i += 1;
        continue;
      }
      break;
    }
    if (body[i] === '\r') i += 1;
    if (body[i] === '\n') i += 1;
    if (filled) rows.push({ row, cells });
  }
  return ok({ rows });
}

/** The refusal of a file with more rows than `max`. */
const tooMany = (max: number): Message => ({
  key: 'csv.tooManyRows',
  params: { max: formatNumber(max) },
});

/** Exact powers of ten (every one up to 10^22 is a double). */
const TENS = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * The common cells of an export read by their characters: `-`, digits in groups of three
 * between thousands dots (or none), a decimal comma, at most 15 digits in all. The digits as one
 * integer divided by a power of ten is the correctly rounded value (both are exact doubles and
 * the division rounds once, the fast path of every `strtod`), so the answer equals `Number` of
 * the text. Undefined for anything else (the general reader takes it).
 */
function quickNumber(cell: string): number | undefined {
  const n = cell.length;
  let i = 0;
  let negative = false;
  if (cell.charCodeAt(0) === 45) {
    negative = true;
    i = 1;
  }
  let int = 0;
  let digits = 0;
  let group = -1; // digits since the last thousands dot; -1 before any dot
  let decimals = -1; // digits after the comma; -1 before it
  for (; i < n; i += 1) {
    const ch = cell.charCodeAt(i);
    if (ch >= 48 && ch <= 57) {
      int = int * 10 + (ch - 48);
      digits += 1;
      if (decimals >= 0) decimals += 1;
      else if (group >= 0) group += 1;
    } else if (
      ch === 46 &&
      decimals < 0 &&
      digits > 0 &&
      (group === -1 ? digits <= 3 : group === 3)
    )
      group = 0;
    else if (ch === 44 && decimals < 0 && digits > 0 && (group === -1 || group === 3)) decimals = 0;
    else return undefined;
  }
  if (digits === 0 || digits > 15 || decimals === 0 || (group >= 0 && group !== 3 && decimals < 0))
    return undefined;
  const value = decimals > 0 ? int / (TENS[decimals] ?? 1) : int;
  return negative ? -value : value;
}

/**
 * Reads a number as a Dutch export writes it: `1.234,5`, `1234,5`, `-12`, `€ 1.250,00`, and
 * the exponent Koers's own writer may give a tiny or huge number (`1,5e-7`). Null when it is
 * not a number.
 */
export function parseNumberCell(cell: string): number | null {
  const quick = quickNumber(cell);
  if (quick !== undefined) return quick;
  const s = cell.replace(/[\s\u00a0€]/g, '').replace(/^\u2212/, '-');
  const exp = /^([-+]?\d+(?:,\d+)?)[eE]([-+]?\d+)$/.exec(s);
  if (exp) {
    const [, mantissa = '', power = ''] = exp;
    const n = Number(`${mantissa.replace(',', '.')}e${power}`);
    return Number.isFinite(n) ? n : null;
  }
  return parseDutchNumber(s.replace(/^\+/, ''));
}
