// Test-only reference (issue 11): the derivation as it was before it was made linear, kept
// verbatim so property tests can check the fast one gives the same answers. Not used by the app.

import { addMonths, format, parseISO } from 'date-fns';
import type { StaffingChange } from '../../domain/capacity';
import type { Activity, Programme } from '../../domain/schemas';
import type { MonthKey } from '../../domain/units';
import { costPerFte } from '../../budget/cost-model';
import type { FundedStaffing } from '../funded-staffing';
// The types are the live module's: only the functions are kept as they were.
export type { FundedStaffing };

/**
 * The hiring lead time when a team has no planned hire to take it from: three months
 * (recruitment, screening, induction), as the demo's own hire for the migration team.
 */
export const DEFAULT_HIRING_LEAD_MONTHS = 3;

/** The team that does most of an activity's hours: the team the funded people join. */
export function fundingTeamOf(activity: Activity): string | null {
  const hours = new Map<string, number>();
  for (const a of activity.allocations) hours.set(a.teamId, (hours.get(a.teamId) ?? 0) + a.hours);
  let best: string | null = null;
  for (const [teamId, h] of hours) if (best === null || h > (hours.get(best) ?? 0)) best = teamId;
  return best;
}

/** A team's hiring lead time: the longest of its planned hires, or the default. */
export function hiringLeadMonths(programme: Pick<Programme, 'capacity'>, teamId: string): number {
  const own = programme.capacity.staffingChanges.filter(
    (c) => c.teamId === teamId && c.fteDelta > 0,
  );
  return own.length ? Math.max(...own.map((c) => c.leadTimeMonths)) : DEFAULT_HIRING_LEAD_MONTHS;
}

/** A month plus whole months. */
const plusMonths = (month: MonthKey, n: number): MonthKey =>
  format(addMonths(parseISO(`${month}-01`), n), 'yyyy-MM') as MonthKey;

/**
 * What a funding-conditional activity brings besides its money (PRODUCT.md, product decisions:
 * "confirmed conditional funding brings money and the fte it pays for, after the hiring lead
 * time"); null for an activity that is not funding-conditional or has no team.
 */
export function fundedStaffing(
  activity: Activity,
  programme: Pick<Programme, 'capacity' | 'budget'>,
): FundedStaffing | null {
  if (!activity.fundingConditional) return null;
  const teamId = fundingTeamOf(activity);
  if (teamId === null) return null;
  const model = programme.budget.costModel;
  const rate = model ? costPerFte(model, teamId) : 0;
  const derivedFte = rate > 0 ? Math.round((activity.fundingCents / rate) * 100) / 100 : 0;
  const leadTimeMonths = hiringLeadMonths(programme, teamId);
  return {
    activityId: activity.id,
    teamId,
    fte: activity.fundingFte ?? derivedFte,
    fteDerived: activity.fundingFte === null,
    from: activity.fundingStartMonth ?? plusMonths(activity.startMonth, leadTimeMonths),
    fromDerived: activity.fundingStartMonth === null,
    leadTimeMonths,
  };
}

/**
 * The staffing that confirmed funding adds, as staffing changes the capacity bridge reads like
 * hires: the activity's funded fte join its team from their first month. An activity that is
 * cancelled or postponed brings no one.
 */
export function fundedStaffingChanges(
  programme: Pick<Programme, 'capacity' | 'budget'>,
  activities: readonly Activity[],
): StaffingChange[] {
  return activities.flatMap((a) => {
    if (!a.fundingConfirmed || a.status === 'vervallen' || a.status === 'uitgesteld') return [];
    const s = fundedStaffing(a, programme);
    if (!s || s.fte <= 0) return [];
    return [
      {
        id: `funding:${a.id}`,
        teamId: s.teamId as StaffingChange['teamId'],
        label: a.title,
        fteDelta: s.fte,
        month: s.from,
        leadTimeMonths: 0,
      },
    ];
  });
}
