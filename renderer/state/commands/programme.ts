/** Areas `programme` and `scheme`: the programme's own fields and its risk model's weights. */
import type { Path } from '../../../shared/delta/delta';
import type { Programme } from '../../../shared/domain/schemas';
import { withSchemeRatio } from '../../../shared/edit/programme';
import type { Message } from '../../../shared/i18n/translate';
import type { DispatchResult } from '../types';
import { patchRow, setField } from './calls';
import {
  changeRow,
  dispatched,
  type CommandContext,
  type CommandMap,
  type EditsOf,
} from './context';

/** The data commands of the area (journalled, replayable). */
export const programmeEdits: EditsOf<'scheme/ratio'> = {
  'scheme/ratio': (programmeId, a, b, ratio) => (read) =>
    changeRow(read, 'programmes', programmeId, (p: Programme) => withSchemeRatio(p, a, b, ratio)),
};

/** The store commands of the area. */
export const programmeCommands = {
  'programme/update': (
    c: CommandContext,
    patch: Partial<Programme>,
    visit?: string,
  ): Promise<boolean> => {
    const id = c.get().data?.programme.id;
    if (id === undefined) return Promise.resolve(false);
    return dispatched(
      c,
      patchRow('programmes', id, patch),
      { key: 'history.editProgramme' },
      visit,
    );
  },

  'programme/set-field': (
    c: CommandContext,
    path: Path,
    value: unknown,
    label?: Message,
    visit?: string | null,
  ): Promise<DispatchResult> => {
    const id = c.get().data?.programme.id;
    if (id === undefined)
      return Promise.resolve({ ok: false, error: { key: 'error.saveFailed' }, refused: false });
    return c.get().dispatch(setField('programmes', id, path, value), {
      label: label ?? { key: 'history.editProgramme' },
      visit: visit ?? null,
    });
  },
} satisfies CommandMap;
