/** Areas `budget` and `cost-model`: the cost model, its scale mix, and the levers of a deficit. */
import { defaultCostModel } from '../../../shared/budget/defaults';
import { leverOnActivity, leverOnProgramme } from '../../../shared/budget/gap-levers';
import type { Activity, Programme } from '../../../shared/domain/schemas';
import { withMixShare } from '../../../shared/edit/programme';
import { changeRow, type CommandContext, type CommandMap, type EditsOf } from './context';

/** The data commands of the area (journalled, replayable). */
export const budgetEdits: EditsOf<'cost-model/mix-share' | 'budget/follow-lever'> = {
  'cost-model/mix-share': (programmeId, teamId, scale, share) => (read) =>
    changeRow(read, 'programmes', programmeId, (p: Programme) =>
      withMixShare(p, teamId, scale, share),
    ),

  'budget/follow-lever': (programmeId, lever, reason) => (read) =>
    'activityId' in lever
      ? changeRow(read, 'activities', lever.activityId, (a: Activity) =>
          leverOnActivity(a, lever, reason),
        )
      : changeRow(read, 'programmes', programmeId, (p: Programme) => leverOnProgramme(p, lever)),
};

/** The store commands of the area. */
export const budgetCommands = {
  /** Starts a cost model from the defaults (HOT 2026). */
  'budget/cost-model-setup': async (c: CommandContext): Promise<boolean> =>
    (
      await c.get().setProgrammeField(['budget', 'costModel'], defaultCostModel(), {
        key: 'history.editBudget',
      })
    ).ok,
} satisfies CommandMap;
