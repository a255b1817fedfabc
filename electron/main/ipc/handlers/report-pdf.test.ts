import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Only the save dialog is faked: the file is really written, in a temporary folder.
const fake = vi.hoisted(() => ({ dialog: { showSaveDialog: vi.fn() } }));
vi.mock('electron', () => fake);

import type { BrowserWindow } from 'electron';
import { nl } from '../../../../shared/i18n/messages.nl';
import { REPORT_PDF } from '../../../../shared/report/pdf-options';
import { electronPdfOptions, saveReportPdf } from './report-pdf';

let folder: string;
beforeEach(async () => {
  vi.clearAllMocks();
  folder = await mkdtemp(path.join(tmpdir(), 'koers-pdf-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const PDF = new TextEncoder().encode('%PDF-1.7 rapport');
/** A window whose page prints as the given bytes, or fails. */
function windowPrinting(result: Uint8Array | Error) {
  // The options are read back from the mock's calls.
  const printToPDF = vi.fn<(options: Electron.PrintToPDFOptions) => Promise<Buffer>>(() =>
    result instanceof Error ? Promise.reject(result) : Promise.resolve(Buffer.from(result)),
  );
  const win = { isDestroyed: () => false, webContents: { printToPDF } };
  return { win: win as unknown as BrowserWindow, printToPDF };
}

describe('the report as PDF from the desktop app (issue 13, Out)', () => {
  it('prints with the shared options (A4, margins in inches, footer with name and page numbers) and saves where the user says', async () => {
    const { win, printToPDF } = windowPrinting(PDF);
    const file = path.join(folder, 'Jaarbericht 2025.pdf');
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: file });
    const answer = await saveReportPdf(win, {
      suggestedName: 'Jaarbericht 2025.pdf',
      programmeName: 'Werkprogramma <2025>',
    });
    expect(answer).toEqual({ ok: true, value: { name: 'Jaarbericht 2025.pdf' } });
    expect(await readFile(file)).toEqual(Buffer.from(PDF));
    const options = printToPDF.mock.calls[0]![0];
    expect(options.pageSize).toBe('A4');
    expect(options.landscape).toBe(false);
    expect(options.margins?.bottom).toBeCloseTo(REPORT_PDF.margins.bottom / 25.4, 10);
    expect(options.displayHeaderFooter).toBe(true);
    // The name is escaped: the template is HTML.
    expect(options.footerTemplate).toContain('Werkprogramma &lt;2025&gt;');
    expect(options.footerTemplate).toContain(
      'pagina <span class="pageNumber"></span> van <span class="totalPages"></span>',
    );
    const dialog = fake.dialog.showSaveDialog.mock.calls[0]![1] as Electron.SaveDialogOptions;
    expect(dialog.title).toBe(nl['file.saveTitlePdf']);
    expect(dialog.filters![0]).toEqual({ name: nl['file.filterPdf'], extensions: ['pdf'] });
  });

  it('answers null and writes nothing when the user cancels', async () => {
    const { win } = windowPrinting(PDF);
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await saveReportPdf(win, { suggestedName: 'a.pdf', programmeName: 'P' })).toEqual({
      ok: true,
      value: null,
    });
  });

  it('says in Dutch that the PDF could not be made, and asks nothing, when printing fails', async () => {
    const { win } = windowPrinting(new Error('printing failed'));
    expect(await saveReportPdf(win, { suggestedName: 'a.pdf', programmeName: 'P' })).toEqual({
      ok: false,
      error: { key: 'report.pdfFailed', params: { name: 'P' } },
    });
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(await saveReportPdf(null, { suggestedName: 'a.pdf', programmeName: 'P' })).toMatchObject(
      {
        ok: false,
      },
    );
  });

  it('gives Electron the same paper and margins as the shared options', () => {
    const o = electronPdfOptions('P');
    const m = REPORT_PDF.margins;
    expect(o.margins).toEqual({
      top: m.top / 25.4,
      right: m.right / 25.4,
      bottom: m.bottom / 25.4,
      left: m.left / 25.4,
    });
    expect(o.printBackground).toBe(true);
  });
});
