/** Area `realisation`: realised hours and costs, imported from a file, watched for the screens. */
import { formatNumber } from '../../../shared/format/nl';
import { realisationRows, type RealisationDraft } from '../../../shared/import/realisation-mapping';
import type { Realisation } from '../../../shared/domain/realisation';
import type { Message } from '../../../shared/i18n/translate';
import { loadRealisations, watchRealisations } from '../../db/repositories/realisations';
import type { Change } from '../../db/repositories/rows';
import type { CommandContext, CommandMap } from './context';

/** The store commands of the area. */
export const realisationCommands = {
  /** Watches the realisation rows of a programme; returns the function that stops. */
  'realisation/watch': (
    c: CommandContext,
    programmeId: string,
    onRows: (rows: readonly Realisation[]) => void,
  ): (() => void) =>
    watchRealisations(c.deps.db, programmeId, onRows, (error: unknown) => {
      c.get().showNotice(
        { key: 'error.load', params: { reason: error instanceof Error ? error.message : '' } },
        'error',
      );
    }),

  /**
   * Writes an import's rows into the programme on screen as one undoable step, all or nothing
   * (one transaction through the one write path, `undoableStep`): each row replaces the row of
   * the same activity, team and month, read inside the write. The notice says how many of the
   * file's rows were read, with undo.
   */
  'realisation/import': async (
    c: CommandContext,
    source: string,
    drafts: readonly RealisationDraft[],
    rowsRead: number,
  ): Promise<boolean> => {
    const programmeId = c.get().data?.programme.id;
    if (programmeId === undefined) return false;
    const label: Message = {
      key: 'history.importRealisation',
      params: { file: source, n: formatNumber(rowsRead) },
    };
    const done = await c.get().undoableStep(label, async (): Promise<Change[]> => {
      const existing = await loadRealisations(c.deps.db, programmeId);
      return realisationRows(existing, drafts, programmeId, source, () => c.deps.newId()).map(
        (r) => ({ table: 'realisations', key: r.after.id, before: r.before, after: r.after }),
      );
    });
    if (done.ok)
      c.get().showNotice(
        rowsRead === 1
          ? { key: 'realisation.importedOne', params: { file: source } }
          : { key: 'realisation.imported', params: { n: formatNumber(rowsRead), file: source } },
        'info',
        done.seq,
      );
    return done.ok;
  },
} satisfies CommandMap;
