// Test-only reference (issue 11): the derivation as it was before it was made linear, kept
// verbatim so property tests can check the fast one gives the same answers. Not used by the app.

import type { Activity, RiskScheme } from '../../domain/schemas';
import type { MonthKey } from '../../domain/units';
import { activityMonthHours } from './allocation';
import { toResources, type LineBasis } from '../line-basis';
import { countsForCapacity, isCommitted } from '../counting';
import { riskScore } from '../risk-score';
import type {
  Candidate,
  FillOptions,
  LiftNeed,
  LineEntry,
  LineReason,
  LineResult,
  TeamHours,
} from '../ranking';
// The types are the live module's: only the functions are kept as they were.
export type { Candidate, FillOptions, LiftNeed, LineEntry, LineReason, LineResult, TeamHours };

/** Rounding tolerance in hours: allocations spread in hundredths. */
const EPS = 1e-6;

/**
 * The activities that compete for the discretionary space, with their scores and their hours
 * per team and period of the basis, within the programme's months.
 */
export function candidatesOf(
  activities: readonly Activity[],
  scheme: RiskScheme,
  months: ReadonlySet<MonthKey>,
  basis: LineBasis = 'year',
): Candidate[] {
  return activities
    .filter((a) => countsForCapacity(a) && !isCommitted(a))
    .map((a) => ({
      id: a.id,
      score: riskScore(a, scheme).score,
      hours: toResources(activityMonthHours(a), months, basis),
      force: a.force?.mode ?? null,
    }));
}

/** The hours short per resource when `hours` is added to `used` within `room`. */
export function shortfall(hours: TeamHours, used: TeamHours, room: TeamHours): Map<string, number> {
  const short = new Map<string, number>();
  for (const [t, h] of hours) {
    if (h <= EPS) continue;
    const over = (used.get(t) ?? 0) + h - (room.get(t) ?? 0);
    if (over > EPS) short.set(t, over);
  }
  return short;
}

/** Score order: highest first; equal scores by fewer hours, then by id (a stable order). */
export function scoreOrder(a: Candidate, b: Candidate): number {
  const total = (c: Candidate) => [...c.hours.values()].reduce((s, h) => s + h, 0);
  return b.score - a.score || total(a) - total(b) || a.id.localeCompare(b.id);
}

/** The room per team once forced-in activities have taken theirs (never below zero). */
export function roomAfterForced(
  candidates: readonly Candidate[],
  space: TeamHours,
): Map<string, number> {
  const room = new Map(space);
  for (const c of candidates)
    if (c.force === 'in') for (const [t, h] of c.hours) room.set(t, (room.get(t) ?? 0) - h);
  for (const [t, h] of room) room.set(t, Math.max(0, h));
  return room;
}

/** True when hours fit in the room left per team. */
export function fits(hours: TeamHours, used: TeamHours, room: TeamHours): boolean {
  for (const [t, h] of hours)
    if (h > EPS && (used.get(t) ?? 0) + h > (room.get(t) ?? 0) + EPS) return false;
  return true;
}

/**
 * The line per team ("kiezen in schaarste"): forced-in activities first, whatever they take;
 * then, in score order, each activity goes above the line when every team it needs still has
 * room in every period it needs it, after the higher-ranked activities that fit. One that does
 * not fit is skipped and says which team lacks how many hours; lower ones that fit still go in,
 * so one team's shortage never pushes another team's work below the line. Forced-out activities
 * are always below. With `strict`, the old single cut-off: the first miss and everything after.
 */
export function rankedFill(
  candidates: readonly Candidate[],
  space: TeamHours,
  options: FillOptions = {},
): LineResult {
  const room = roomAfterForced(candidates, space);
  const used = new Map<string, number>();
  const forcedUsed = new Map<string, number>();
  const entries: LineEntry[] = [];
  let firstMiss: string | null = null;
  const ordered = [...candidates].sort(scoreOrder);
  const forcedIn = ordered.filter((c) => c.force === 'in');
  const rest = ordered.filter((c) => c.force !== 'in');
  let rank = 0;
  for (const c of forcedIn) {
    rank += 1;
    for (const [t, h] of c.hours) forcedUsed.set(t, (forcedUsed.get(t) ?? 0) + h);
    entries.push({ id: c.id, above: true, reason: 'forced-in', rank });
  }
  for (const c of rest) {
    rank += 1;
    if (c.force === 'out') {
      entries.push({ id: c.id, above: false, reason: 'forced-out', rank });
    } else if (options.strict === true && firstMiss !== null) {
      entries.push({ id: c.id, above: false, reason: 'after-line', rank });
    } else if (fits(c.hours, used, room)) {
      for (const [t, h] of c.hours) used.set(t, (used.get(t) ?? 0) + h);
      entries.push({ id: c.id, above: true, reason: 'fits', rank });
    } else {
      firstMiss ??= c.id;
      const short = shortfall(c.hours, used, room);
      entries.push({ id: c.id, above: false, reason: 'does-not-fit', rank, short });
    }
  }
  const total = new Map(forcedUsed);
  for (const [t, h] of used) total.set(t, (total.get(t) ?? 0) + h);
  return { entries, firstMiss, used: total, space };
}

/**
 * For an activity below the line: the hours per team that must be freed for it to fit after
 * everything above the line, and the score it would need to rank before the first activity
 * whose hours it needs (or before the first miss, when it would fit but the line broke earlier).
 */
export function liftNeed(
  candidates: readonly Candidate[],
  line: LineResult,
  id: string,
): LiftNeed | null {
  const target = candidates.find((c) => c.id === id);
  const entry = line.entries.find((e) => e.id === id);
  if (!target || !entry || entry.above) return null;
  const room = roomAfterForced(candidates, line.space);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const above = line.entries
    .filter((e) => e.above && e.reason === 'fits')
    .map((e) => byId.get(e.id))
    .filter((c): c is Candidate => c !== undefined);
  const usedAbove = new Map<string, number>();
  for (const c of above)
    for (const [t, h] of c.hours) usedAbove.set(t, (usedAbove.get(t) ?? 0) + h);
  // Forced-in hours count in full: when they overflow a team, that overflow must be freed too.
  for (const c of candidates)
    if (c.force === 'in')
      for (const [t, h] of c.hours) usedAbove.set(t, (usedAbove.get(t) ?? 0) + h);
  const hoursToFree = new Map<string, number>();
  for (const [t, h] of target.hours) {
    const short = (usedAbove.get(t) ?? 0) + h - (line.space.get(t) ?? 0);
    if (short > EPS) hoursToFree.set(t, short);
  }
  if (target.force === 'out') return { hoursToFree, scoreNeeded: null };
  if (!fits(target.hours, new Map(), room)) return { hoursToFree, scoreNeeded: null };
  // Walk the activities above the line in order; it must rank before the first one after
  // which it no longer fits.
  const prefix = new Map<string, number>();
  for (const c of above) {
    const withC = new Map(prefix);
    for (const [t, h] of c.hours) withC.set(t, (withC.get(t) ?? 0) + h);
    if (!fits(target.hours, withC, room)) return { hoursToFree, scoreNeeded: c.score };
    for (const [t, h] of c.hours) prefix.set(t, (prefix.get(t) ?? 0) + h);
  }
  const miss = line.firstMiss === null ? undefined : byId.get(line.firstMiss);
  return { hoursToFree, scoreNeeded: miss && miss.id !== id ? miss.score : null };
}
