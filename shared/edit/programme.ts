/**
 * The edits of a programme as pure functions: a team's formation or staffing, the risk model's
 * pairwise weights, the cost model's scale mix, and new deductions and staffing changes with
 * their defaults.
 */
import type { Deduction, StaffingChange } from '../domain/capacity';
import type { Programme } from '../domain/schemas';
import type { CriterionId, TeamId } from '../domain/ids';
import { fte } from '../domain/units';
import { monthOf } from '../time/months';

/** The programme with one team's formation or staffing set (a line is added if it has none). */
export function withTeamCapacity(
  p: Programme,
  teamId: string,
  field: 'formationFte' | 'staffedFte',
  value: number,
): Programme {
  const teams = p.capacity.teams.some((t) => t.teamId === teamId)
    ? p.capacity.teams.map((t) => (t.teamId === teamId ? { ...t, [field]: fte(value) } : t))
    : [
        ...p.capacity.teams,
        { teamId: teamId as TeamId, formationFte: fte(0), staffedFte: fte(0), [field]: fte(value) },
      ];
  return { ...p, capacity: { ...p.capacity, teams } };
}

/** The programme with the pairwise ratio of criteria `a` and `b` set (either order replaced). */
export function withSchemeRatio(p: Programme, a: string, b: string, ratio: number): Programme {
  const others = p.riskScheme.comparisons.filter(
    (c) => !((c.a === a && c.b === b) || (c.a === b && c.b === a)),
  );
  const comparisons = [...others, { a: a as CriterionId, b: b as CriterionId, ratio }];
  return { ...p, riskScheme: { ...p.riskScheme, comparisons } };
}

/** The programme with a team's share of one salary scale set (0 removes it); no model, no change. */
export function withMixShare(
  p: Programme,
  teamId: string,
  scale: number,
  share: number,
): Programme {
  const model = p.budget.costModel;
  if (!model) return p;
  const mine = model.teamMix.find((m) => m.teamId === teamId)?.mix ?? [];
  const mix = [
    ...mine.filter((m) => m.scale !== scale),
    ...(share > 0 ? [{ scale, share }] : []),
  ].sort((a, b) => a.scale - b.scale);
  const teamMix = [
    ...model.teamMix.filter((m) => m.teamId !== teamId),
    ...(mix.length > 0 ? [{ teamId: teamId as TeamId, mix }] : []),
  ];
  return { ...p, budget: { ...p.budget, costModel: { ...model, teamMix } } };
}

/** A new, empty deduction (other, a share of the whole formation). */
export const newDeduction = (id: string): Deduction => ({
  id,
  kind: 'overig',
  label: '',
  teamId: null,
  basis: 'share',
  value: 0,
  source: '',
});

/** A new hire of one fte for the team in January of the year, with three months' lead time. */
export const newStaffingChange = (id: string, teamId: string, year: number): StaffingChange => ({
  id,
  teamId: teamId as TeamId,
  label: '',
  fteDelta: 1,
  month: monthOf(year, 1),
  leadTimeMonths: 3,
});
