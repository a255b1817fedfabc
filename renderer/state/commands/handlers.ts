import { leverOnActivity, leverOnProgramme } from '../../../shared/budget/gap-levers';
import { setAt } from '../../../shared/delta/delta';
import type { Activity, PlannedOutput, Programme } from '../../../shared/domain/schemas';
import { fte, type MonthKey } from '../../../shared/domain/units';
import { setMonthHours, setTeamHours } from '../../../shared/planning/allocation';
import type { TableName } from '../../db/koers-db';
import type { Change } from '../../db/repositories/rows';
import { ROW_SCHEMAS } from '../../db/repositories/rows';
import type { Mutation, ReadRow } from '../types';
import type { CommandCall, CommandName } from './calls';
import { Refusal, refusalOf } from './refusal';

/**
 * The one change of a row: read anew inside the write's transaction, changed only where the
 * command names, and checked whole by the table's schema (the rules the file reader applies), so
 * what a form accepts a backup can always read back.
 */
async function changeRow<T extends TableName>(
  read: ReadRow,
  table: T,
  key: string,
  edit: (row: NonNullable<Extract<Change, { table: T }>['before']>) => unknown,
): Promise<Change[]> {
  const before = await read(table, key);
  if (before === null) return [];
  const candidate = edit(before as never);
  const parsed = ROW_SCHEMAS[table].safeParse(candidate, { reportInput: true });
  if (!parsed.success) throw new Refusal(refusalOf(parsed.error));
  return [{ table, key, before, after: parsed.data } as Change];
}

type Args<K extends CommandName> = Extract<CommandCall, { name: K }>['args'];

/** What each command changes, given the rows as they are when it runs. */
const HANDLERS: { [K in CommandName]: (...args: Args<K>) => Mutation } = {
  'row/set': (table, key, path, value) => (read) =>
    changeRow(read, table, key, (row) => setAt(row, path, value)),

  'row/set-many': (table, key, fields) => (read) =>
    changeRow(read, table, key, (row) =>
      fields.reduce<unknown>((r, [path, value]) => setAt(r, path, value), row),
    ),

  'scheme/ratio': (programmeId, a, b, ratio) => (read) =>
    changeRow(read, 'programmes', programmeId, (p: Programme) => {
      const others = p.riskScheme.comparisons.filter(
        (c) => !((c.a === a && c.b === b) || (c.a === b && c.b === a)),
      );
      const comparisons = [...others, { a, b, ratio }];
      return { ...p, riskScheme: { ...p.riskScheme, comparisons } };
    }),

  'row/patch': (table, key, patch) => (read) =>
    changeRow(read, table, key, (row) => ({ ...row, ...patch })),

  'team-capacity/set': (programmeId, teamId, field, value) => (read) =>
    changeRow(read, 'programmes', programmeId, (p: Programme) => {
      const teams = p.capacity.teams.some((t) => t.teamId === teamId)
        ? p.capacity.teams.map((t) => (t.teamId === teamId ? { ...t, [field]: fte(value) } : t))
        : [
            ...p.capacity.teams,
            { teamId, formationFte: fte(0), staffedFte: fte(0), [field]: fte(value) },
          ];
      return { ...p, capacity: { ...p.capacity, teams } };
    }),

  'activity/team-hours': (id, teamId, h) => (read) =>
    changeRow(read, 'activities', id, (a: Activity) => ({
      ...a,
      allocations: setTeamHours(a, teamId, h),
    })),

  'activity/month-hours': (id, teamId, month, h) => (read) =>
    changeRow(read, 'activities', id, (a: Activity) => ({
      ...a,
      allocations: setMonthHours(a, teamId, month as MonthKey, h),
    })),

  'activity/secondary-theme': (id, themeId, on) => (read) =>
    changeRow(read, 'activities', id, (a: Activity) => ({
      ...a,
      secondaryThemeIds: on
        ? [...a.secondaryThemeIds.filter((x) => x !== themeId), themeId]
        : a.secondaryThemeIds.filter((x) => x !== themeId),
    })),

  'activity/output-set': (id, index, field, value) => (read) =>
    changeRow(read, 'activities', id, (a: Activity) => ({
      ...a,
      outputs: a.outputs.map((o, i): PlannedOutput => (i === index ? { ...o, [field]: value } : o)),
    })),

  'activity/output-add': (id) => (read) =>
    changeRow(read, 'activities', id, (a: Activity) => ({
      ...a,
      outputs: [...a.outputs, { kind: 'rapport', title: '', plannedMonth: null }],
    })),

  'activity/output-remove': (id, index) => (read) =>
    changeRow(read, 'activities', id, (a: Activity) => ({
      ...a,
      outputs: a.outputs.filter((_, i) => i !== index),
    })),

  'activity/forces': (forces, confirm) => async (read) => {
    const ids = [...new Set([...forces.map(([id]) => id), ...confirm])];
    const changes: Change[] = [];
    for (const id of ids) {
      const force = forces.find(([x]) => x === id);
      changes.push(
        ...(await changeRow(read, 'activities', id, (a: Activity) => ({
          ...a,
          ...(force ? { force: force[1] } : {}),
          ...(confirm.includes(id) ? { fundingConfirmed: true } : {}),
        }))),
      );
    }
    return changes;
  },

  'cost-model/mix-share': (programmeId, teamId, scale, share) => (read) =>
    changeRow(read, 'programmes', programmeId, (p: Programme) => {
      const model = p.budget.costModel;
      if (!model) return p;
      const mine = model.teamMix.find((m) => m.teamId === teamId)?.mix ?? [];
      const mix = [
        ...mine.filter((m) => m.scale !== scale),
        ...(share > 0 ? [{ scale, share }] : []),
      ].sort((a, b) => a.scale - b.scale);
      const teamMix = [
        ...model.teamMix.filter((m) => m.teamId !== teamId),
        ...(mix.length > 0 ? [{ teamId, mix }] : []),
      ];
      return { ...p, budget: { ...p.budget, costModel: { ...model, teamMix } } };
    }),

  'budget/follow-lever': (programmeId, lever, reason) => (read) =>
    'activityId' in lever
      ? changeRow(read, 'activities', lever.activityId, (a: Activity) =>
          leverOnActivity(a, lever, reason),
        )
      : changeRow(read, 'programmes', programmeId, (p: Programme) => leverOnProgramme(p, lever)),
};

/** The mutation a command call makes. */
export function mutationOf(call: CommandCall): Mutation {
  const handler = HANDLERS[call.name] as (...args: readonly unknown[]) => Mutation;
  return handler(...call.args);
}
