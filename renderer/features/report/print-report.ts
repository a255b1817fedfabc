import type { SavedFile } from '../../../shared/contract/channels';
import { safeFileName } from '../../../shared/contract/file-name';
import type { ReportDocument } from '../../../shared/report/document';
import { ok, type Result } from '../../../shared/result';
import { getHost, type Host } from '../../platform/host';
import { REPORT_PRINT_CLASS } from './print-class';

export { REPORT_PRINT_CLASS };

/**
 * Prints the report shown on the page as a PDF: in the desktop app through printToPDF and the
 * save dialog (footer with the programme's name and "pagina X van Y"), in a browser through its
 * own print dialog. The page's title is the report's while it prints (the PDF's title).
 * Answers the saved file, null when cancelled or when the browser printed it.
 */
export async function printReport(
  doc: ReportDocument,
  host: Host = getHost(),
): Promise<Result<SavedFile | null>> {
  const root = document.documentElement;
  const title = document.title;
  root.classList.add(REPORT_PRINT_CLASS);
  document.title = doc.title;
  try {
    if (host.printReport)
      return await host.printReport(safeFileName(doc.title, 'pdf'), doc.subtitle);
    window.print();
    return ok(null);
  } finally {
    root.classList.remove(REPORT_PRINT_CLASS);
    document.title = title;
  }
}
