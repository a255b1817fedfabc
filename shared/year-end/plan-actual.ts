/**
 * Plan against actual (issue 13): the adopted plan beside what was realised, per activity, MJP
 * theme, domain, team and kind, for hours and for costs, in the government's own layout
 * (PRODUCT.md, defaults: *Plan (vastgesteld) · Realisatie · Verschil · Verschil % · Realisatie
 * vorig jaar · Status · Toelichting*, after the begroting's "begroting, realisatie, verschil,
 * realisatie t−1"), and the planned outputs against the published ones. Pure: the screen shows
 * these rows and the year-end pack writes them.
 */
import { themePath, themesInTreeOrder } from '../domain/programme';
import { isLargeDeviation, type Realisation, type YearEndStatus } from '../domain/realisation';
import {
  ACTIVITY_KINDS,
  type Activity,
  type ActivityKind,
  type OutputKind,
  type Programme,
  type Theme,
} from '../domain/schemas';
import type { ProgrammeSnapshot } from '../domain/snapshot';
import type { IsoDate, MonthKey } from '../domain/units';
import { plan as planOfSnapshot, type Plan } from '../planning/plan';

/** What a row measures: hours, or costs in cents. */
export type PlanActualMeasure = 'hours' | 'cost';

/** How the rows are grouped: per activity, MJP theme, domain, team or kind. */
export type PlanActualView = 'activity' | 'theme' | 'domain' | 'team' | 'kind';

/** The views in the order the screen offers them. */
export const PLAN_ACTUAL_VIEWS: readonly PlanActualView[] = [
  'activity',
  'theme',
  'domain',
  'team',
  'kind',
];

/**
 * One measure of one row: plan, realisation, their difference and its share of the plan (null
 * when nothing was planned), and last year's realisation (null: no counterpart last year).
 */
export type Measured = {
  readonly plan: number;
  readonly actual: number;
  /** Realisation minus plan. */
  readonly difference: number;
  /** The difference as a share of the plan (−0,125 = −12,5%); null when the plan is 0. */
  readonly share: number | null;
  readonly previous: number | null;
};

/** Where an activity stands at the end of the year: its recorded status, or derived. */
export type PlanActualStatus = YearEndStatus | 'geen-realisatie' | 'open';

/** One activity's row. */
export type ActivityPlanActual = {
  readonly activityId: string;
  readonly title: string;
  readonly themeId: string;
  readonly domainId: string;
  readonly kind: ActivityKind;
  /** True when the activity was planned in the plan compared against (above the line). */
  readonly inPlan: boolean;
  /** True when realisation rows name it. */
  readonly realised: boolean;
  readonly hours: Measured;
  /** Costs in cents. */
  readonly cost: Measured;
  /** The recorded year-end status; 'open' when realised but not closed; 'geen-realisatie' without rows. */
  readonly status: PlanActualStatus;
  /** The reason given with the year-end status ('' = none). */
  readonly statusReason: string;
  /** The explanation of the deviation (the activity's deviationNote, '' = none). */
  readonly note: string;
  /** True when the hours deviate beyond the programme's threshold. */
  readonly large: boolean;
  /** True when the deviation is large and no explanation is given. */
  readonly needsNote: boolean;
  /** The activity of last year it continues, when any. */
  readonly carriedFromId: string | null;
};

/** One group's row (a theme, domain, team or kind); `depth` is the place in the MJP tree. */
export type GroupPlanActual = {
  readonly key: string;
  /** The group's name; '' for the rest group (no theme, no team), named by the caller. */
  readonly label: string;
  readonly depth: number;
  readonly hours: Measured;
  readonly cost: Measured;
  /** How many activities count in the group (planned or realised). */
  readonly activities: number;
  /** How many of them have a large deviation without explanation. */
  readonly needsNote: number;
};

/** One planned or published output. */
export type OutputPlanActual = {
  readonly activityId: string;
  readonly activityTitle: string;
  readonly outputId: string;
  readonly kind: OutputKind;
  /** The planned title ('' = the kind's name). */
  readonly title: string;
  /** The month planned in the plan compared against (else as now). */
  readonly plannedMonth: MonthKey | null;
  readonly publishedOn: IsoDate | null;
  /** The title it was published under ('' = as planned). */
  readonly publishedTitle: string;
  /** True when the output was in the plan compared against (false: added since). */
  readonly inPlan: boolean;
  /** Published no later than its planned month; null while unpublished or without a month. */
  readonly onTime: boolean | null;
};

/** The programme of last year with its activities and realisation (for "Realisatie vorig jaar"). */
export type PreviousYear = {
  readonly programme: Programme;
  readonly activities: readonly Activity[];
  readonly realisations: readonly Realisation[];
};

/** Everything plan against actual derives from. */
export type PlanActualInput = {
  /** The programme now: its themes, domains, teams, year-end statuses, notes and publications. */
  readonly current: ProgrammeSnapshot;
  /** The adopted version's snapshot; null when the programme is not adopted (then: the programme now). */
  readonly adopted: ProgrammeSnapshot | null;
  /** The realisation rows of the programme. */
  readonly realisations: readonly Realisation[];
  /** Last year's programme (same organisation, year − 1), when there is one. */
  readonly previous: PreviousYear | null;
};

/** Plan against actual of one programme. */
export type PlanActual = {
  /** What the plan is: the adopted version, or (not adopted) the programme as it stands. */
  readonly basis: 'adopted' | 'current';
  readonly adoptedOn: IsoDate | null;
  /** Last year's year when its programme was found; null otherwise. */
  readonly previousYear: number | null;
  readonly activities: readonly ActivityPlanActual[];
  readonly byTheme: readonly GroupPlanActual[];
  readonly byDomain: readonly GroupPlanActual[];
  readonly byTeam: readonly GroupPlanActual[];
  readonly byKind: readonly GroupPlanActual[];
  readonly total: { readonly hours: Measured; readonly cost: Measured };
  readonly outputs: readonly OutputPlanActual[];
  /** Hours and cost of realisation rows naming no activity of the plan or the programme. */
  readonly unmatched: { readonly hours: number; readonly cents: number };
};

/** A measure from plan, realisation and last year's. */
export function measured(plan: number, actual: number, previous: number | null): Measured {
  const difference = actual - plan;
  return { plan, actual, difference, share: plan > 0 ? difference / plan : null, previous };
}

/** Sums kept per key: plan and actual hours and cents. */
type Sums = { ph: number; ah: number; pc: number; ac: number; n: number; needs: number };
const emptySums = (): Sums => ({ ph: 0, ah: 0, pc: 0, ac: 0, n: 0, needs: 0 });

/** Realised hours and cents per activity, and per activity and team (null team: ''). */
function realisedOf(rows: readonly Realisation[]) {
  const perActivity = new Map<string, { hours: number; cents: number }>();
  const perTeam = new Map<string, Map<string, { hours: number; cents: number }>>();
  for (const r of rows) {
    const a = perActivity.get(r.activityId) ?? { hours: 0, cents: 0 };
    a.hours += r.hours;
    a.cents += r.costCents;
    perActivity.set(r.activityId, a);
    let teams = perTeam.get(r.activityId);
    if (!teams) {
      teams = new Map();
      perTeam.set(r.activityId, teams);
    }
    const key = r.teamId ?? '';
    const t = teams.get(key) ?? { hours: 0, cents: 0 };
    t.hours += r.hours;
    t.cents += r.costCents;
    teams.set(key, t);
  }
  return { perActivity, perTeam };
}

/** A theme's path of names, the key a theme of another year is matched on. */
const pathKey = (themeId: string, themes: readonly Theme[]): string =>
  themePath(themeId, themes)
    .map((t) => t.name.trim().toLowerCase())
    .join(' › ');

/** Last year's realised hours and cents per group key (by names, so another MJP still matches). */
function previousGroups(
  previous: PreviousYear,
  themes: readonly Theme[],
  nameOfDomain: (id: string) => string,
  nameOfTeam: (id: string) => string,
) {
  const byActivity = new Map(previous.activities.map((a) => [a.id as string, a]));
  const prevThemes = themes.filter((t) => t.mjpId === previous.programme.mjpId);
  const theme = new Map<string, { hours: number; cents: number }>();
  const domain = new Map<string, { hours: number; cents: number }>();
  const team = new Map<string, { hours: number; cents: number }>();
  const kind = new Map<string, { hours: number; cents: number }>();
  const add = (m: Map<string, { hours: number; cents: number }>, k: string, r: Realisation) => {
    const at = m.get(k) ?? { hours: 0, cents: 0 };
    at.hours += r.hours;
    at.cents += r.costCents;
    m.set(k, at);
  };
  const paths = new Map<string, string[]>();
  for (const r of previous.realisations) {
    const a = byActivity.get(r.activityId);
    add(team, r.teamId === null ? '' : nameOfTeam(r.teamId), r);
    if (!a) continue;
    let keys = paths.get(a.primaryThemeId);
    if (!keys) {
      const path = themePath(a.primaryThemeId, prevThemes);
      keys = path.map((_, i) =>
        path
          .slice(0, i + 1)
          .map((t) => t.name.trim().toLowerCase())
          .join(' › '),
      );
      paths.set(a.primaryThemeId, keys);
    }
    for (const k of keys) add(theme, k, r);
    add(domain, nameOfDomain(a.domainId), r);
    add(kind, a.kind, r);
  }
  return { theme, domain, team, kind };
}

/**
 * Plan against actual of a programme. The plan is the adopted version (its activities above the
 * line, their hours and the budget's integral cost per activity, `costOf`); without adoption,
 * the programme as it stands, and `basis` says so. The realisation is the realisation rows;
 * status, explanation and publications are the programme's as it stands. Group totals are sums
 * of the activity rows: an activity without realisation counts 0 realised; a realisation row
 * without a team goes to the rest group of the team view, as do the plan's material and
 * external-hire costs (they belong to no team). `planOf` computes a snapshot's plan (the app
 * passes its cache).
 */
export function planActual(
  input: PlanActualInput,
  planOf: (snapshot: ProgrammeSnapshot) => Plan = planOfSnapshot,
): PlanActual {
  const { current, realisations, previous } = input;
  const basisSnapshot = input.adopted ?? current;
  const basisPlan = planOf(basisSnapshot);
  const planned = basisPlan.planning.planned;
  const costOf = basisPlan.budget?.costOf ?? new Map<string, number>();
  const rate = basisPlan.budget?.result.hourRate ?? new Map<string, number>();
  const threshold = current.programme.deviationThreshold;
  const { perActivity, perTeam } = realisedOf(realisations);

  // The activities: those of the programme now, then those of the plan deleted since.
  const nowById = new Map(current.activities.map((a) => [a.id as string, a]));
  const planById = new Map(basisSnapshot.activities.map((a) => [a.id as string, a]));
  const rows: Activity[] = [...current.activities];
  for (const a of basisSnapshot.activities) if (!nowById.has(a.id)) rows.push(a);

  const prevRealised = previous ? realisedOf(previous.realisations).perActivity : null;
  const prevIds = previous ? new Set(previous.activities.map((a) => a.id as string)) : null;

  const activities: ActivityPlanActual[] = [];
  let unmatchedHours = 0;
  let unmatchedCents = 0;
  const known = new Set(rows.map((a) => a.id as string));
  for (const [id, r] of perActivity)
    if (!known.has(id)) {
      unmatchedHours += r.hours;
      unmatchedCents += r.cents;
    }

  // Per activity: planned hours per team (from the plan's row), so the team view sums exactly.
  const planTeams = new Map<string, Map<string, number>>();
  for (const a of rows) {
    const p = planById.get(a.id);
    const inPlan = p !== undefined && planned.has(a.id);
    const ph = inPlan ? p.allocations.reduce((s, x) => s + x.hours, 0) : 0;
    const pc = inPlan ? (costOf.get(a.id) ?? 0) : 0;
    if (inPlan) {
      const teams = new Map<string, number>();
      for (const x of p.allocations) teams.set(x.teamId, (teams.get(x.teamId) ?? 0) + x.hours);
      planTeams.set(a.id, teams);
    }
    const r = perActivity.get(a.id);
    const ah = r?.hours ?? 0;
    const ac = r?.cents ?? 0;
    const from = a.carriedFromId;
    const prev =
      prevRealised && from !== null && prevIds?.has(from)
        ? (prevRealised.get(from) ?? { hours: 0, cents: 0 })
        : null;
    const large = r !== undefined && isLargeDeviation(ph, ah, threshold);
    const note = a.deviationNote.trim();
    const status: PlanActualStatus = a.yearEnd
      ? a.yearEnd.status
      : r === undefined
        ? 'geen-realisatie'
        : 'open';
    activities.push({
      activityId: a.id,
      title: a.title,
      themeId: a.primaryThemeId,
      domainId: a.domainId,
      kind: a.kind,
      inPlan,
      realised: r !== undefined,
      hours: measured(ph, ah, prev ? prev.hours : null),
      cost: measured(pc, ac, prev ? prev.cents : null),
      status,
      statusReason: a.yearEnd?.reason ?? '',
      note: a.deviationNote,
      large,
      needsNote: large && note === '',
      carriedFromId: from,
    });
  }

  // Groups.
  const themes = themesInTreeOrder(
    current.themes.filter((t) => t.mjpId === current.programme.mjpId),
  );
  const domainName = new Map(current.domains.map((d) => [d.id as string, d.name]));
  const teamName = new Map(current.teams.map((t) => [t.id as string, t.name]));
  const nameOfDomain = (id: string) => (domainName.get(id) ?? id).trim().toLowerCase();
  const nameOfTeam = (id: string) => (teamName.get(id) ?? id).trim().toLowerCase();
  const prevGroups = previous
    ? previousGroups(previous, current.themes, nameOfDomain, nameOfTeam)
    : null;

  const themeSums = new Map<string, Sums>();
  const domainSums = new Map<string, Sums>();
  const teamSums = new Map<string, Sums>();
  const kindSums = new Map<string, Sums>();
  const sumsOf = (m: Map<string, Sums>, k: string): Sums => {
    let s = m.get(k);
    if (!s) {
      s = emptySums();
      m.set(k, s);
    }
    return s;
  };
  const themeIds = new Set(themes.map((t) => t.id as string));
  const pathIds = new Map<string, string[]>();
  for (const row of activities) {
    const counts = row.inPlan || row.realised;
    const needs = row.needsNote ? 1 : 0;
    const addTo = (s: Sums) => {
      s.ph += row.hours.plan;
      s.ah += row.hours.actual;
      s.pc += row.cost.plan;
      s.ac += row.cost.actual;
      if (counts) s.n += 1;
      s.needs += needs;
    };
    let ids = pathIds.get(row.themeId);
    if (!ids) {
      ids = themeIds.has(row.themeId) ? themePath(row.themeId, themes).map((t) => t.id) : [''];
      pathIds.set(row.themeId, ids);
    }
    for (const id of ids) addTo(sumsOf(themeSums, id));
    addTo(sumsOf(domainSums, row.domainId));
    addTo(sumsOf(kindSums, row.kind));
    // Teams: the plan's hours per team, the realisation's per team; the rest of the plan's cost
    // (material, external hire) to the rest group.
    const pTeams = planTeams.get(row.activityId);
    let teamCost = 0;
    const touched = new Set<string>();
    if (pTeams)
      for (const [team, h] of pTeams) {
        const s = sumsOf(teamSums, team);
        s.ph += h;
        const c = h * (rate.get(team) ?? 0);
        s.pc += c;
        teamCost += c;
        touched.add(team);
      }
    const restCost = row.cost.plan - teamCost;
    if (restCost !== 0) sumsOf(teamSums, '').pc += restCost;
    for (const [team, r] of perTeam.get(row.activityId) ?? []) {
      const s = sumsOf(teamSums, team);
      s.ah += r.hours;
      s.ac += r.cents;
      touched.add(team);
    }
    for (const team of touched) {
      const s = sumsOf(teamSums, team);
      if (counts) s.n += 1;
      s.needs += needs;
    }
  }

  const group = (
    key: string,
    label: string,
    depth: number,
    s: Sums,
    prev: { hours: number; cents: number } | null | undefined,
  ): GroupPlanActual => ({
    key,
    label,
    depth,
    hours: measured(s.ph, s.ah, prevGroups ? (prev?.hours ?? 0) : null),
    cost: measured(s.pc, s.ac, prevGroups ? (prev?.cents ?? 0) : null),
    activities: s.n,
    needsNote: s.needs,
  });

  const byTheme: GroupPlanActual[] = themes.map((t) =>
    group(
      t.id,
      t.name,
      themePath(t.id, themes).length - 1,
      themeSums.get(t.id) ?? emptySums(),
      prevGroups?.theme.get(pathKey(t.id, themes)),
    ),
  );
  const noTheme = themeSums.get('');
  if (noTheme) byTheme.push(group('', '', 0, noTheme, null));

  const byDomain: GroupPlanActual[] = current.domains
    .filter((d) => domainSums.has(d.id))
    .map((d) =>
      group(
        d.id,
        d.name,
        0,
        domainSums.get(d.id) ?? emptySums(),
        prevGroups?.domain.get(nameOfDomain(d.id)),
      ),
    );
  for (const [id, s] of domainSums)
    if (!domainName.has(id)) byDomain.push(group(id, '', 0, s, null));

  const byTeam: GroupPlanActual[] = current.teams
    .filter((t) => teamSums.has(t.id))
    .map((t) =>
      group(
        t.id,
        t.name,
        0,
        teamSums.get(t.id) ?? emptySums(),
        prevGroups?.team.get(nameOfTeam(t.id)),
      ),
    );
  for (const [id, s] of teamSums)
    if (!teamName.has(id))
      byTeam.push(group(id, '', 0, s, id === '' ? prevGroups?.team.get('') : null));

  const byKind: GroupPlanActual[] = ACTIVITY_KINDS.filter((k) => kindSums.has(k)).map((k) =>
    group(k, k, 0, kindSums.get(k) ?? emptySums(), prevGroups?.kind.get(k)),
  );

  let tph = 0;
  let tah = 0;
  let tpc = 0;
  let tac = 0;
  for (const r of activities) {
    tph += r.hours.plan;
    tah += r.hours.actual;
    tpc += r.cost.plan;
    tac += r.cost.actual;
  }
  let prevHours: number | null = null;
  let prevCents: number | null = null;
  if (previous) {
    prevHours = 0;
    prevCents = 0;
    for (const r of previous.realisations) {
      prevHours += r.hours;
      prevCents += r.costCents;
    }
  }

  return {
    basis: input.adopted ? 'adopted' : 'current',
    adoptedOn: input.adopted ? (current.programme.adoption?.on ?? null) : null,
    previousYear: previous ? previous.programme.year : null,
    activities,
    byTheme,
    byDomain,
    byTeam,
    byKind,
    total: { hours: measured(tph, tah, prevHours), cost: measured(tpc, tac, prevCents) },
    outputs: outputsPlanActual(rows, nowById, planById),
    unmatched: { hours: unmatchedHours, cents: unmatchedCents },
  };
}

/** The last day of a month key (`2026-03` → `2026-03-31`) as text, for comparing with a date. */
const monthEnd = (m: string): string => `${m}-31`;

/** The outputs of the activities: planned (month from the plan) against published (as now). */
function outputsPlanActual(
  rows: readonly Activity[],
  nowById: ReadonlyMap<string, Activity>,
  planById: ReadonlyMap<string, Activity>,
): OutputPlanActual[] {
  const out: OutputPlanActual[] = [];
  for (const a of rows) {
    const now = nowById.get(a.id) ?? a;
    const then = planById.get(a.id);
    for (const o of now.outputs) {
      const planned = then?.outputs.find((x) => x.id === o.id);
      const plannedMonth = planned ? planned.plannedMonth : o.plannedMonth;
      out.push({
        activityId: a.id,
        activityTitle: now.title,
        outputId: o.id,
        kind: o.kind,
        title: o.title,
        plannedMonth,
        publishedOn: o.publishedOn,
        publishedTitle: o.publishedTitle,
        inPlan: planned !== undefined,
        onTime:
          o.publishedOn === null || plannedMonth === null
            ? null
            : o.publishedOn <= monthEnd(plannedMonth),
      });
    }
  }
  return out;
}

/** The rows of one view (the activity view as groups without depth), for the table and the pack. */
export function planActualRows(
  result: PlanActual,
  view: Exclude<PlanActualView, 'activity'>,
): readonly GroupPlanActual[] {
  switch (view) {
    case 'theme':
      return result.byTheme;
    case 'domain':
      return result.byDomain;
    case 'team':
      return result.byTeam;
    case 'kind':
      return result.byKind;
  }
}

/** The activities with a large deviation and no explanation, largest deviation first. */
export function lackingExplanation(result: PlanActual): readonly ActivityPlanActual[] {
  return result.activities
    .filter((a) => a.needsNote)
    .sort((a, b) => Math.abs(b.hours.difference) - Math.abs(a.hours.difference));
}

/** The rows a total is checked against: a view's top-level rows (themes of depth 0). */
export function topLevel(rows: readonly GroupPlanActual[]): readonly GroupPlanActual[] {
  return rows.filter((r) => r.depth === 0);
}

/**
 * The totals row of a view: plan and realisation are the programme's totals (the same in every
 * view); last year's is the sum of the view's own rows (activities through their carry-over
 * link, groups by name), so the column adds up to what it shows. Null when no row has one.
 */
export function viewTotal(
  result: PlanActual,
  view: PlanActualView,
): { readonly hours: Measured; readonly cost: Measured } {
  const rows: readonly { hours: Measured; cost: Measured }[] =
    view === 'activity'
      ? result.activities
      : view === 'theme'
        ? topLevel(result.byTheme)
        : planActualRows(result, view);
  const sum = (pick: (r: { hours: Measured; cost: Measured }) => Measured): number | null => {
    let any = false;
    let s = 0;
    for (const r of rows) {
      const p = pick(r).previous;
      if (p === null) continue;
      any = true;
      s += p;
    }
    return any ? s : null;
  };
  const { hours, cost } = result.total;
  return {
    hours: measured(
      hours.plan,
      hours.actual,
      sum((r) => r.hours),
    ),
    cost: measured(
      cost.plan,
      cost.actual,
      sum((r) => r.cost),
    ),
  };
}
