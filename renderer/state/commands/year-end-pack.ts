/** Area `year-end` (the pack): the year-end pack written as XLSX, as CSV per table, or as PDF. */
import { safeFileName } from '../../../shared/contract/file-name';
import type { ReportDocument } from '../../../shared/report/document';
import { reportCsvFiles } from '../../../shared/report/csv-files';
import { writeReportXlsx } from '../../export/xlsx-report';
import { printReport } from '../../features/report/print-report';
import type { CommandContext, CommandMap } from './context';

/** How the pack is written: one workbook, one table as CSV (by its name), or the PDF. */
export type PackFormat =
  | { readonly kind: 'xlsx' }
  | { readonly kind: 'csv'; readonly table: string }
  | { readonly kind: 'pdf' };

/** The store commands of the area. */
export const yearEndPackCommands = {
  /**
   * Writes the year-end pack and offers it through the host's save dialog (the PDF through the
   * desktop's printToPDF, or the browser's print dialog); a pack whose totals do not add up, or
   * a failed write, is a Dutch notice and writes nothing. Says whether it was saved.
   */
  'year-end/save-pack': async (
    c: CommandContext,
    doc: ReportDocument,
    format: PackFormat,
  ): Promise<boolean> => {
    const notice = c.get().showNotice;
    if (format.kind === 'pdf') {
      const printed = await printReport(doc, c.deps.host);
      if (!printed.ok) notice(printed.error, 'error');
      else if (printed.value) notice({ key: 'data.saved', params: { file: printed.value.name } });
      return printed.ok;
    }
    let name: string;
    let content: string | Uint8Array;
    if (format.kind === 'xlsx') {
      const written = await writeReportXlsx(doc).catch(() => null);
      if (written === null) {
        notice({ key: 'export.failed', params: { name: doc.title } }, 'error');
        return false;
      }
      if (!written.ok) {
        notice(written.error, 'error');
        return false;
      }
      name = safeFileName(doc.title, 'xlsx');
      content = written.value;
    } else {
      const files = reportCsvFiles(doc);
      if (!files.ok) {
        notice(files.error, 'error');
        return false;
      }
      const tables = doc.sections.flatMap((s) => s.tables);
      const at = tables.findIndex((t) => t.name === format.table);
      const file = files.value[at];
      if (!file) return false;
      name = file.name;
      content = file.content;
    }
    const saved = await c.deps.host.saveFile(name, content, format.kind);
    if (!saved.ok) notice(saved.error, 'error');
    else if (saved.value) notice({ key: 'data.saved', params: { file: saved.value.name } });
    return saved.ok;
  },
} satisfies CommandMap;
