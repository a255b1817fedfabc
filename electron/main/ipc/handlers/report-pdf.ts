import type { BrowserWindow } from 'electron';
import type { SavedFile } from '../../../../shared/contract/channels';
import {
  MM_PER_INCH,
  REPORT_HEADER_TEMPLATE,
  REPORT_PDF,
  reportFooterTemplate,
} from '../../../../shared/report/pdf-options';
import { fail, type Result } from '../../../../shared/result';
import { saveFile } from './files';

/** The report's PDF options (shared/report/pdf-options.ts) in Electron's terms: inches, `A4`. */
export function electronPdfOptions(programmeName: string): Electron.PrintToPDFOptions {
  const m = REPORT_PDF.margins;
  return {
    pageSize: REPORT_PDF.paper,
    landscape: REPORT_PDF.landscape,
    margins: {
      top: m.top / MM_PER_INCH,
      right: m.right / MM_PER_INCH,
      bottom: m.bottom / MM_PER_INCH,
      left: m.left / MM_PER_INCH,
    },
    printBackground: REPORT_PDF.printBackground,
    displayHeaderFooter: true,
    headerTemplate: REPORT_HEADER_TEMPLATE,
    footerTemplate: reportFooterTemplate(programmeName),
    // The options' size wins over any @page size of another print view in the stylesheet.
    preferCSSPageSize: false,
    generateTaggedPDF: REPORT_PDF.tagged,
    generateDocumentOutline: REPORT_PDF.outline,
  };
}

/**
 * Prints the main window's page (the print stylesheet leaves only the report) as a PDF and
 * saves it where the user chooses; null when they cancel. A print that fails says so in Dutch
 * and writes nothing.
 */
export async function saveReportPdf(
  win: BrowserWindow | null,
  request: { suggestedName: string; programmeName: string },
): Promise<Result<SavedFile | null>> {
  const failed = fail({ key: 'report.pdfFailed', params: { name: request.programmeName } });
  if (!win || win.isDestroyed()) return failed;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(
      await win.webContents.printToPDF(electronPdfOptions(request.programmeName)),
    );
  } catch {
    return failed;
  }
  return saveFile(win, { suggestedName: request.suggestedName, content: bytes, format: 'pdf' });
}
