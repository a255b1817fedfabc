/**
 * Prints a page showing a report as the desktop app does (issue 13, Out): the same options
 * (shared/report/pdf-options.ts) given to Playwright's `page.pdf` instead of Electron's
 * `printToPDF`, with the page marked as printing a report (REPORT_PRINT_CLASS, as
 * `printReport` does). The PDF is turned into text (`pdftotext -layout`) and PNG pages
 * (`pdftoppm`, poppler-utils) so a test can check the pages, headings, totals and footer, and
 * look at the pages.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import type { Language } from '../../../shared/i18n/language';
import {
  REPORT_HEADER_TEMPLATE,
  REPORT_PDF,
  reportFooterTemplate,
} from '../../../shared/report/pdf-options';
import { REPORT_PRINT_CLASS } from '../../../renderer/features/report/print-class';

const run = promisify(execFile);

/** The report's PDF options (the shared constant) in Playwright's terms: `A4`, margins in mm. */
export function playwrightPdfOptions(programmeName: string, language: Language = 'nl') {
  const m = REPORT_PDF.margins;
  return {
    format: REPORT_PDF.paper,
    landscape: REPORT_PDF.landscape,
    margin: {
      top: `${m.top}mm`,
      right: `${m.right}mm`,
      bottom: `${m.bottom}mm`,
      left: `${m.left}mm`,
    },
    printBackground: REPORT_PDF.printBackground,
    displayHeaderFooter: true,
    headerTemplate: REPORT_HEADER_TEMPLATE,
    footerTemplate: reportFooterTemplate(programmeName, language),
    preferCSSPageSize: false,
    tagged: REPORT_PDF.tagged,
    outline: REPORT_PDF.outline,
  } as const;
}

/** A printed report: its page count, its text (pages separated by form feeds) and a PNG per page. */
export type PrintedReport = {
  readonly pages: number;
  readonly text: string;
  readonly pngs: string[];
  /** The PDF file itself. */
  readonly pdf: string;
};

/**
 * Prints the page's report to a PDF in a fresh temporary folder (or `folder`), then reads it
 * back with poppler's pdftotext and pdftoppm (`resolution` dpi for the PNGs, default 60).
 */
export async function printReportPdf(
  page: Page,
  programmeName: string,
  options: { folder?: string; resolution?: number; language?: Language } = {},
): Promise<PrintedReport> {
  const folder = options.folder ?? (await mkdtemp(path.join(tmpdir(), 'koers-report-pdf-')));
  await mkdir(folder, { recursive: true });
  const pdf = path.join(folder, 'rapport.pdf');
  await page.evaluate((cls) => {
    document.documentElement.classList.add(cls);
  }, REPORT_PRINT_CLASS);
  try {
    await writeFile(pdf, await page.pdf(playwrightPdfOptions(programmeName, options.language)));
  } finally {
    await page.evaluate((cls) => {
      document.documentElement.classList.remove(cls);
    }, REPORT_PRINT_CLASS);
  }
  const { stdout: text } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  await run('pdftoppm', [
    '-png',
    '-r',
    String(options.resolution ?? 60),
    pdf,
    path.join(folder, 'pagina'),
  ]);
  const pngs = (await readdir(folder))
    .filter((f) => f.startsWith('pagina') && f.endsWith('.png'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((f) => path.join(folder, f));
  return { pages: pngs.length, text, pngs, pdf };
}
