/** Area `team`: a team's name and order, its formation and staffing, adding and deleting one. */
import type { Programme, Team, TeamCapacity } from '../../../shared/domain/schemas';
import {
  deleteRefusal,
  hasTeamLine,
  newTeam,
  withTeamLine,
  withoutTeamLine,
} from '../../../shared/edit/organisation';
import { withTeamCapacity } from '../../../shared/edit/programme';
import type { Change } from '../../db/repositories/rows';
import { patchRow } from './calls';
import {
  changeRow,
  dispatched,
  organisationStep,
  type CommandContext,
  type CommandMap,
  type EditsOf,
} from './context';

/** The data commands of the area (journalled, replayable). */
export const teamEdits: EditsOf<'team-capacity/set'> = {
  'team-capacity/set': (programmeId, teamId, field, value) => (read) =>
    changeRow(read, 'programmes', programmeId, (p: Programme) =>
      withTeamCapacity(p, teamId, field, value),
    ),
};

/** The store commands of the area. */
export const teamCommands = {
  'team/update': (
    c: CommandContext,
    id: string,
    patch: Partial<Team>,
    visit?: string,
  ): Promise<boolean> =>
    dispatched(c, patchRow('teams', id, patch), { key: 'history.editTeam' }, visit),

  'team/capacity-update': async (
    c: CommandContext,
    teamId: string,
    patch: Partial<TeamCapacity>,
    visit?: string,
  ): Promise<boolean> => {
    const id = c.get().data?.programme.id;
    if (id === undefined) return false;
    let ok = true;
    for (const field of ['formationFte', 'staffedFte'] as const) {
      const value = patch[field];
      if (value === undefined) continue;
      ok &&= await dispatched(
        c,
        { name: 'team-capacity/set', args: [id, teamId, field, value] },
        { key: 'history.editTeam' },
        visit,
      );
    }
    return ok;
  },

  'team/add': (c: CommandContext): Promise<boolean> => {
    const d = c.get().data;
    if (!d) return Promise.resolve(false);
    const id = c.deps.newId();
    const team = newTeam(d.organisation.id, d.teams, id);
    const programmeId = d.programme.id;
    return c.get().undoable({ key: 'history.addTeam' }, async (read) => {
      const before = await read('programmes', programmeId);
      return [
        { table: 'teams', key: id, before: null, after: team },
        ...(before
          ? [
              {
                table: 'programmes',
                key: programmeId,
                before,
                after: withTeamLine(before, id),
              } as Change,
            ]
          : []),
      ];
    });
  },

  'team/delete': (c: CommandContext, id: string): Promise<boolean> => {
    const team = c.get().data?.teams.find((t) => t.id === id);
    if (!team) return Promise.resolve(false);
    // A team's line in a programme's capacity goes with the team; every other reference
    // (hours, deductions, staffing changes, cost model) keeps it.
    return organisationStep(c, { key: 'history.deleteTeam' }, (rows) => {
      const refusal = deleteRefusal(rows, 'team', id, team.name, (site) => site === 'capacity');
      if (refusal) return refusal;
      const current = rows.teams.find((t) => t.id === id);
      if (!current) return [];
      return [
        { table: 'teams', key: id, before: current, after: null },
        ...rows.programmes
          .filter((p) => hasTeamLine(p, id))
          .map((p): Change => ({
            table: 'programmes',
            key: p.id,
            before: p,
            after: withoutTeamLine(p, id),
          })),
      ];
    });
  },
} satisfies CommandMap;
