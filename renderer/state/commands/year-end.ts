/** Areas `spending` and `reserve` (issue 13): the realisation against the frame, and the draws on the incident reserve. */
import type { ReserveDraw, SpendingLineKey } from '../../../shared/domain/realisation';
import type { Programme } from '../../../shared/domain/schemas';
import type { Cents } from '../../../shared/domain/units';
import { emptySpending, withSpendingLine } from '../../../shared/year-end/spending';
import type { DispatchResult } from '../types';
import { setField, type CommandCall } from './calls';
import type { CommandContext, CommandMap } from './context';

/**
 * The call that stores one realised cost line: the line's own field when the spending has it
 * (a field-level change), else the lines with this one added in the budget's order.
 */
export function spendingLineCall(
  programme: Pick<Programme, 'id' | 'spending'>,
  key: SpendingLineKey,
  amount: Cents,
): CommandCall | null {
  const spending = programme.spending;
  if (spending === null) return null;
  if (spending.lines.some((l) => l.key === key))
    return setField(
      'programmes',
      programme.id,
      ['spending', 'lines', { by: 'key', id: key }, 'cents'],
      amount,
    );
  return setField(
    'programmes',
    programme.id,
    ['spending', 'lines'],
    withSpendingLine(spending, key, amount).lines,
  );
}

/** The call that stores one other field of the spending (the final frame, the source, the note). */
export function spendingFieldCall(
  programme: Pick<Programme, 'id' | 'spending'>,
  field: 'finalFrameCents' | 'source' | 'note',
  value: unknown,
): CommandCall | null {
  if (programme.spending === null) return null;
  return setField('programmes', programme.id, ['spending', field], value);
}

const notLoaded: DispatchResult = { ok: false, error: { key: 'error.saveFailed' }, refused: false };

/** The store commands of the areas. */
export const yearEndCommands = {
  /** Starts the realisation of the programme on screen: every cost line at 0, entered by hand. */
  'spending/start': (c: CommandContext): Promise<DispatchResult> =>
    c.get().setProgrammeField(['spending'], emptySpending(), { key: 'history.spendingStart' }),

  /** Clears the realisation (undoable). */
  'spending/clear': (c: CommandContext): Promise<DispatchResult> =>
    c.get().setProgrammeField(['spending'], null, { key: 'history.spendingClear' }),

  /**
   * Stores a draw on the incident reserve (new or edited, by its id) as one undoable step; the
   * form has checked it with `drawProblems`, the schema checks it again on write.
   */
  'reserve/draw-save': (c: CommandContext, draw: ReserveDraw): Promise<DispatchResult> => {
    if (!c.get().data) return Promise.resolve(notLoaded);
    return c.get().setProgrammeField(['reserveDraws', { by: 'id', id: draw.id }], draw, {
      key: 'history.reserveDraw',
      params: { title: draw.title },
    });
  },

  /** Deletes a draw (undoable). */
  'reserve/draw-delete': (c: CommandContext, id: string): Promise<DispatchResult> => {
    const draw = c.get().data?.programme.reserveDraws.find((d) => d.id === id);
    if (!draw) return Promise.resolve(notLoaded);
    return c.get().setProgrammeField(['reserveDraws', { by: 'id', id }], undefined, {
      key: 'history.reserveDrawDelete',
      params: { title: draw.title },
    });
  },
} satisfies CommandMap;
