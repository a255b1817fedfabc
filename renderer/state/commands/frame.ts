/** Area `frame`: the capacity frame's deductions and staffing changes. */
import { newDeduction, newStaffingChange } from '../../../shared/edit/programme';
import type { CommandContext, CommandMap } from './context';

/** The store commands of the area. */
export const frameCommands = {
  'frame/deduction-add': async (c: CommandContext): Promise<boolean> => {
    const id = c.deps.newId();
    return (
      await c
        .get()
        .setProgrammeField(['capacity', 'deductions', { by: 'id', id }], newDeduction(id))
    ).ok;
  },

  'frame/staffing-change-add': async (c: CommandContext): Promise<boolean> => {
    const d = c.get().data;
    const team = d?.teams[0];
    if (!d || !team) return false;
    const id = c.deps.newId();
    return (
      await c
        .get()
        .setProgrammeField(
          ['capacity', 'staffingChanges', { by: 'id', id }],
          newStaffingChange(id, team.id, d.programme.year),
        )
    ).ok;
  },
} satisfies CommandMap;
