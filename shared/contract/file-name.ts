/** The formats Koers saves; the save dialog offers the filter of the format being saved first. */
export type SaveFormat = 'koers' | 'csv' | 'xlsx' | 'json' | 'pdf';

/** Every save format once, for schemas and tests. */
export const SAVE_FORMATS = [
  'koers',
  'csv',
  'xlsx',
  'json',
  'pdf',
] as const satisfies readonly SaveFormat[];

/** The file-name ending of each format. */
export const SAVE_EXTENSIONS: { readonly [F in SaveFormat]: string } = {
  koers: '.koers.json',
  csv: '.csv',
  xlsx: '.xlsx',
  json: '.json',
  pdf: '.pdf',
};

/** Most characters of a suggested name before its ending (a long Windows path stays under 260). */
export const MAX_BASE_CHARS = 100;

/** Most UTF-8 bytes of a suggested name before its ending (file systems allow 255 for all of it). */
export const MAX_BASE_BYTES = 200;

/** What the base of a file name becomes when nothing of the given name is left. */
const FALLBACK = 'Koers';

/** Windows device names: `CON.csv` or `nul.koers.json` cannot be written there. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?=\.|$)/i;

/** Characters no file name may hold on Windows, macOS or Linux, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** The UTF-8 length of one character (a lone surrogate is written as U+FFFD, 3 bytes). */
function utf8Bytes(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** The start of a string of at most `chars` characters and `bytes` UTF-8 bytes, never half a character. */
function cut(s: string, chars: number, bytes: number): string {
  let out = '';
  let n = 0;
  let size = 0;
  for (const ch of s) {
    const b = utf8Bytes(ch);
    if (n + 1 > chars || size + b > bytes) break;
    out += ch;
    n += 1;
    size += b;
  }
  return out;
}

/** Leading and trailing spaces and dots, which Windows drops or hides a file by. */
const trimEnds = (s: string): string => s.replace(/^[\s.]+|[\s.]+$/g, '');

/**
 * The file name Koers suggests for a name it saves under (a programme's name, say): the
 * characters no system accepts (`/ \ : " ? * < > |`, control characters) become `-`, spaces and
 * dots at either end go, a Windows device name gets `_`, the name is cut to MAX_BASE_CHARS
 * characters and MAX_BASE_BYTES bytes, and the format's ending is added. Always a name the save
 * channel accepts.
 */
export function safeFileName(name: string, format: SaveFormat): string {
  const cleaned = trimEnds(name.replace(/\s+/g, ' ').replace(FORBIDDEN, '-'));
  let base = trimEnds(cut(cleaned, MAX_BASE_CHARS, MAX_BASE_BYTES));
  if (base === '') base = FALLBACK;
  base = base.replace(RESERVED, '$1_');
  return `${base}${SAVE_EXTENSIONS[format]}`;
}
