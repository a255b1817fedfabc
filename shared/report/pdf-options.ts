import type { Language } from '../i18n/language';
import { CATALOGUES, translate } from '../i18n/translate';

/**
 * The PDF of a report, one definition for both printers: Electron's `webContents.printToPDF`
 * in the app (electron/main/ipc/handlers/report-pdf.ts) and Playwright's `page.pdf` in the
 * tests (tests/e2e/helpers/pdf.ts). A4 portrait; the margins leave room at the foot for the
 * programme's name and "pagina X van Y" (Chromium draws header and footer templates inside the
 * page margins). The print stylesheet's `@page report` (renderer/styles.css) uses the same
 * size and margins for the browser's own print in the web build.
 */
export const REPORT_PDF = {
  paper: 'A4',
  landscape: false,
  /** Millimetres. */
  margins: { top: 15, right: 15, bottom: 18, left: 15 },
  printBackground: true,
  /** Chromium's tagged (accessible) PDF and an outline from the headings. */
  tagged: true,
  outline: true,
} as const;

/** Millimetres in an inch: Electron takes its margins in inches. */
export const MM_PER_INCH = 25.4;

/** Text made safe inside an HTML template (the programme's name is the user's text). */
function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );
}

/** The header: empty (an empty string would make Chromium print its own date and title). */
export const REPORT_HEADER_TEMPLATE = '<span></span>';

/**
 * The footer on every page: the programme's name on the left, "pagina X van Y" on the right
 * (Chromium fills the `pageNumber` and `totalPages` spans). Templates get no page styles, so
 * the font size is set here (Chromium's default is too small to read).
 */
export function reportFooterTemplate(programmeName: string, language?: Language): string {
  const catalogue = language ? CATALOGUES[language] : undefined;
  const pages = translate(
    'report.pageOf',
    { page: '<span class="pageNumber"></span>', pages: '<span class="totalPages"></span>' },
    catalogue,
  );
  return (
    '<div style="font-size:8pt;font-family:Arial,Helvetica,sans-serif;color:#444;' +
    `width:100%;margin:0 ${REPORT_PDF.margins.left}mm;display:flex;justify-content:space-between">` +
    `<span>${escapeHtml(programmeName)}</span><span>${pages}</span></div>`
  );
}
