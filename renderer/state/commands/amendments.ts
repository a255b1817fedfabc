/** Area `amendment`: the log of changes after adoption, watched for the screen and exported. */
import { amendmentsTable } from '../../../shared/export/amendments-table';
import { amendmentLookups } from '../../../shared/format/amendment';
import { versionSnapshot } from '../../../shared/file/version-content';
import { translate } from '../../../shared/i18n/translate';
import {
  loadAmendmentLog,
  watchAmendmentLog,
  type AmendmentLog,
} from '../../db/repositories/amendments';
import type { ProgrammeData } from '../../db/repositories/programme-data';
import type { CommandContext, CommandMap } from './context';
import { saveTable } from './save-table';

export type { AmendmentLog } from '../../db/repositories/amendments';

/** The log's table for export: the amendments in the report's order, named from the data and the version. */
export function amendmentLogTable(
  data: ProgrammeData,
  log: AmendmentLog,
  dates: 'text' | 'iso' = 'text',
) {
  const version = log.adopted ? versionSnapshot(log.adopted) : null;
  const then = version?.ok ? version.value : null;
  const lookups = amendmentLookups(data, then);
  const themes = data.themes.filter((t) => t.mjpId === data.programme.mjpId);
  return amendmentsTable(
    data.programme.name,
    log.amendments,
    themes,
    lookups.themeOf,
    lookups,
    dates,
  );
}

/** The store commands of the area. */
export const amendmentCommands = {
  /** Watches the amendments of a programme (the log on screen); returns the function that stops. */
  'amendment/watch': (
    c: CommandContext,
    programmeId: string,
    onLog: (log: AmendmentLog) => void,
  ): (() => void) =>
    watchAmendmentLog(c.deps.db, programmeId, onLog, (error: unknown) => {
      c.get().showNotice(
        {
          key: 'error.load',
          params: { reason: error instanceof Error ? error.message : '' },
        },
        'error',
      );
    }),

  /** Saves the amendment log of the programme on screen as CSV (Dutch Excel) or XLSX. */
  'amendment/export': async (c: CommandContext, format: 'csv' | 'xlsx'): Promise<boolean> => {
    const data = c.get().data;
    if (!data) return false;
    const table = amendmentLogTable(data, await loadAmendmentLog(c.deps.db, data.programme.id));
    const name = translate('amendmentLog.file', { name: data.programme.name });
    return saveTable(c, table, name, format);
  },
} satisfies CommandMap;
