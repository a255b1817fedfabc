import { decodeBytes, parseCsv, type Sheet } from '../../shared/import/csv-read';
import type { Result } from '../../shared/result';
import { readXlsx } from './xlsx-read';

/** True when the bytes are a ZIP archive (an XLSX workbook), whatever the file is called. */
const isZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Largest CSV read (100 MB); a time registration of a year is a few MB. */
export const MAX_CSV_BYTES = 100 * 1024 * 1024;

/**
 * A chosen file's bytes as a sheet: an XLSX workbook through exceljs (within its limits), any
 * other file as CSV in the encoding its bytes show. Read in the page, never by the main process.
 */
export async function readSheet(name: string, bytes: Uint8Array): Promise<Result<Sheet>> {
  if (isZip(bytes) || /\.xlsx$/i.test(name)) return readXlsx(bytes);
  if (bytes.length > MAX_CSV_BYTES)
    return { ok: false, error: { key: 'csv.tooLarge', params: { max: '100' } } };
  return parseCsv(decodeBytes(bytes).text);
}

/** Asks for a file with the page's own picker (Chromium's, in Electron too); null on cancel. */
export function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
    });
    input.addEventListener('cancel', () => {
      resolve(null);
    });
    input.click();
  });
}
