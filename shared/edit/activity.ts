/**
 * The edits of an activity as pure functions: from the rows as they are and a command's
 * arguments to the activity as it will be. The store's commands (renderer/state/commands/) read
 * the rows, call these and write the result as one undoable step.
 */
import type { Force } from '../domain/capacity';
import type { Activity, Domain, PlannedOutput, Programme, Theme } from '../domain/schemas';
import type { ThemeId } from '../domain/ids';
import type { MonthKey } from '../domain/units';
import { monthOf } from '../time/months';
import { setMonthHours, setTeamHours } from '../planning/allocation';

/** What a new activity may start with; an id that does not exist is ignored. */
export type NewActivityInitial = {
  readonly domainId?: string | null;
  readonly primaryThemeId?: string | null;
  readonly kind?: Activity['kind'] | null;
  readonly status?: Activity['status'] | null;
};

/** What a new activity is made from: the programme on screen and its themes and domains. */
export type NewActivityContext = {
  readonly programme: Programme;
  readonly themes: readonly Theme[];
  readonly domains: readonly Domain[];
};

/**
 * A new activity of the programme, starting from `initial` where given (the list's filters) so
 * it shows; null when the programme has no theme or no domain to place it under.
 */
export function newActivity(
  context: NewActivityContext,
  id: string,
  initial: NewActivityInitial = {},
): Activity | null {
  const { programme, themes, domains } = context;
  const own = themes.filter((t) => t.mjpId === programme.mjpId);
  const theme = own.find((t) => t.id === initial.primaryThemeId) ?? own[0];
  const domain = domains.find((x) => x.id === initial.domainId) ?? domains[0];
  if (!theme || !domain) return null;
  const year = programme.year;
  return {
    id: id as Activity['id'],
    programmeId: programme.id,
    title: 'Nieuwe activiteit',
    description: '',
    sourceRef: '',
    domainId: domain.id,
    primaryThemeId: theme.id,
    secondaryThemeIds: [],
    kind: initial.kind ?? 'thematisch-onderzoek',
    pyramidLevel: 'regulier',
    commitment: 'discretionair',
    legalBasis: '',
    origin: 'nieuw',
    fundingConditional: false,
    fundingConfirmed: false,
    fundingCents: 0 as Activity['fundingCents'],
    fundingFte: null,
    fundingStartMonth: null,
    startMonth: monthOf(year, 1),
    endMonth: monthOf(year, 12),
    allocations: [],
    materialCents: 0 as Activity['materialCents'],
    externalHireCents: 0 as Activity['externalHireCents'],
    outputs: [],
    partners: [],
    risk: {},
    status: initial.status ?? 'voorstel',
    force: null,
    yearEnd: null,
    deviationNote: '',
    carriedFromId: null,
  };
}

/** The activity with a team's hours for the year set (spread over its months). */
export const withTeamHours = (a: Activity, teamId: string, hours: number): Activity => ({
  ...a,
  allocations: setTeamHours(a, teamId, hours),
});

/** The activity with a team's hours in one month set. */
export const withMonthHours = (
  a: Activity,
  teamId: string,
  month: string,
  hours: number,
): Activity => ({ ...a, allocations: setMonthHours(a, teamId, month as MonthKey, hours) });

/** The activity with a secondary theme ticked (on) or not. */
export const withSecondaryTheme = (a: Activity, themeId: string, on: boolean): Activity => ({
  ...a,
  secondaryThemeIds: on
    ? [...a.secondaryThemeIds.filter((x) => x !== themeId), themeId as ThemeId]
    : a.secondaryThemeIds.filter((x) => x !== themeId),
});

/** The activity with one field of the output with id `outputId` set. */
export const withOutputField = (
  a: Activity,
  outputId: string,
  field: 'kind' | 'title' | 'plannedMonth' | 'publishedOn' | 'publishedTitle',
  value: string | null,
): Activity => ({
  ...a,
  outputs: a.outputs.map((o): PlannedOutput => (o.id === outputId ? { ...o, [field]: value } : o)),
});

/** The activity with a new, empty report (with the id given) among its outputs. */
export const withOutputAdded = (a: Activity, outputId: string): Activity =>
  a.outputs.some((o) => o.id === outputId)
    ? a
    : {
        ...a,
        outputs: [
          ...a.outputs,
          {
            id: outputId as PlannedOutput['id'],
            kind: 'rapport',
            title: '',
            plannedMonth: null,
            publishedOn: null,
            publishedTitle: '',
          },
        ],
      };

/** The activity without the output with id `outputId`. */
export const withOutputRemoved = (a: Activity, outputId: string): Activity => ({
  ...a,
  outputs: a.outputs.filter((o) => o.id !== outputId),
});

/**
 * The activity forced in or out (a `force` of null releases it; undefined leaves it), and its
 * funding confirmed when `confirm` says so (a what-if that brings in work *onder voorbehoud*).
 */
export const withForce = (
  a: Activity,
  force: Force | null | undefined,
  confirm: boolean,
): Activity => ({
  ...a,
  ...(force !== undefined ? { force } : {}),
  ...(confirm ? { fundingConfirmed: true } : {}),
});
