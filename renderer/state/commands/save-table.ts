/** Saving a table as CSV (Dutch Excel) or XLSX through the host: the amendment and decision logs. */
import { safeFileName } from '../../../shared/contract/file-name';
import { toCsv } from '../../../shared/export/csv';
import type { ExportTable } from '../../../shared/export/table';
import { toXlsx } from '../../export/xlsx';
import type { CommandContext } from './context';

/**
 * Writes a table as CSV or XLSX and offers it through the host's save dialog as `<name>.<format>` (made safe for every system);
 * a failure is a Dutch notice, a saved file is named in one. Says whether it was saved.
 */
export async function saveTable(
  c: CommandContext,
  table: ExportTable,
  name: string,
  format: 'csv' | 'xlsx',
): Promise<boolean> {
  let content: string | Uint8Array;
  try {
    content = format === 'csv' ? toCsv(table) : await toXlsx(table);
  } catch {
    c.get().showNotice({ key: 'export.failed', params: { name: table.name } }, 'error');
    return false;
  }
  const saved = await c.deps.host.saveFile(safeFileName(name, format), content, format);
  if (!saved.ok) c.get().showNotice(saved.error, 'error');
  else if (saved.value)
    c.get().showNotice({ key: 'data.saved', params: { file: saved.value.name } });
  return saved.ok;
}
