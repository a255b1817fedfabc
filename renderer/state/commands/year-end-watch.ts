/** Area `year-end`: what the year-end screen reads beside the programme (issue 13). */
import { watchProgrammeYear, type ProgrammeYearRows } from '../../db/repositories/year-end';
import type { CommandContext, CommandMap } from './context';

export type { ProgrammeYearRows } from '../../db/repositories/year-end';

/** The store commands of the area. */
export const yearEndWatchCommands = {
  /**
   * Watches another programme's activities and realisation rows (last year's, for *Realisatie
   * vorig jaar* and year over year); returns the function that stops.
   */
  'year-end/watch-year': (
    c: CommandContext,
    programmeId: string,
    onRows: (rows: ProgrammeYearRows) => void,
  ): (() => void) =>
    watchProgrammeYear(c.deps.db, programmeId, onRows, (error: unknown) => {
      c.get().showNotice(
        { key: 'error.load', params: { reason: error instanceof Error ? error.message : '' } },
        'error',
      );
    }),
} satisfies CommandMap;
