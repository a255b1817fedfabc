import type { Activity, Programme, Theme } from '../domain/schemas';
import type { ProgrammeSnapshot } from '../domain/snapshot';
import { activityHours, hoursToFte, themePath, themesInTreeOrder } from '../domain/programme';
import type { MessageKey } from '../i18n/messages.nl';
import type { ReportCell, ReportColumn, ReportTable } from '../report/document';
import { translate } from '../i18n/translate';
import { riskScore } from '../planning/risk-score';

/** A cell of an exported table: text, a number, or empty. */
export type Cell = string | number | null;

/** A table to export: a name, column headers and rows. */
export type ExportTable = {
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
};

/**
 * Makes a text cell safe for spreadsheets: text that starts with =, +, -, @, a tab or a carriage
 * return would be read as a formula (CSV/formula injection, OWASP), so it gets a leading
 * apostrophe. Numbers are left alone: they are written as numbers, never as formulas.
 */
export function neutralise(cell: Cell): Cell {
  if (typeof cell !== 'string') return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The Dutch collator the programme list sorts sections and titles with (numeric: § 1.10 after § 1.9). */
const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

/** Compares two activities in reading order within a theme: source section, then title. */
export function compareReading(a: Activity, b: Activity): number {
  return collator.compare(a.sourceRef, b.sourceRef) || collator.compare(a.title, b.title);
}

/**
 * The activities in the programme's order, the order the programme list shows by default
 * (renderer/state/selectors.ts): by the primary theme's place in the MJP tree (each focus, then
 * its themes), then source section, then title. An activity whose theme is not in the
 * programme's MJP comes last (the list shows it under no theme).
 */
export function inProgrammeOrder(
  programme: Programme,
  activities: readonly Activity[],
  themes: readonly Theme[],
): Activity[] {
  const tree = themesInTreeOrder(themes.filter((t) => t.mjpId === programme.mjpId));
  const place = new Map(tree.map((t, i) => [t.id as string, i]));
  const at = (a: Activity) => place.get(a.primaryThemeId) ?? tree.length;
  return [...activities].sort((a, b) => at(a) - at(b) || compareReading(a, b));
}

/**
 * An activity's place against the line as the programme list shows it (structurally the
 * renderer's LinePlace, renderer/state/line-places.ts): statutory and committed work goes
 * first, work that does not count yet has no place, the rest a rank above or below, or forced.
 */
export type ExportLinePlace =
  | { readonly kind: 'committed' }
  | { readonly kind: 'not-counted' }
  | { readonly kind: 'above' | 'below' | 'forced-in' | 'forced-out'; readonly rank: number };

/** The words for each place. */
const PLACE_WORDS = {
  above: 'export.place.above',
  below: 'export.place.below',
  'forced-in': 'export.place.forcedIn',
  'forced-out': 'export.place.forcedOut',
  committed: 'export.place.committed',
  'not-counted': 'export.place.notCounted',
} as const satisfies Record<ExportLinePlace['kind'], MessageKey>;

/**
 * The programme's activities as a typed table (issue 13, Out), in the programme's order, with
 * headers in the current language: what each activity is, its pyramid level, its run (months
 * as months, so a spreadsheet gets real dates and guesses nothing), its hours, fte, score and
 * costs, its place against the line with its rank, a force with its reason, and the hours per
 * team (one column per team, in the organisation's order). The risk score is a
 * one-decimal figure, written as an `hours`-kind number (one decimal, never totalled here).
 */
export function activitiesTable(
  data: Pick<ProgrammeSnapshot, 'programme' | 'activities' | 'themes' | 'domains' | 'teams'>,
  places: ReadonlyMap<string, ExportLinePlace>,
): ReportTable {
  const { programme, activities, themes, domains } = data;
  const t = translate;
  // The teams of the programme's capacity and any an activity still names, in the organisation's order.
  const used = new Set<string>([
    ...programme.capacity.teams.map((c) => c.teamId as string),
    ...activities.flatMap((a) => a.allocations.map((al) => al.teamId as string)),
  ]);
  const teams = data.teams
    .filter((team) => used.has(team.id))
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'nl'));
  const columns: ReportColumn[] = [
    { header: t('column.title'), kind: 'text' },
    { header: t('column.source'), kind: 'text' },
    { header: t('column.domain'), kind: 'text' },
    { header: t('filter.theme'), kind: 'text' },
    { header: t('column.kind'), kind: 'text' },
    { header: t('field.pyramidLevel'), kind: 'text' },
    { header: t('column.status'), kind: 'text' },
    { header: t('field.commitment'), kind: 'text' },
    { header: t('field.origin'), kind: 'text' },
    { header: t('flag.conditional'), kind: 'text' },
    { header: t('field.startMonth'), kind: 'month' },
    { header: t('field.endMonth'), kind: 'month' },
    { header: t('column.hours'), kind: 'hours' },
    { header: t('column.fte'), kind: 'fte' },
    { header: t('column.score'), kind: 'hours' },
    { header: t('field.materialCents'), kind: 'euro' },
    { header: t('field.externalHireCents'), kind: 'euro' },
    { header: t('export.col.place'), kind: 'text' },
    { header: t('export.col.rank'), kind: 'count' },
    { header: t('export.col.force'), kind: 'text' },
    { header: t('export.col.forceReason'), kind: 'text' },
    ...teams.map((team): ReportColumn => ({
      header: t('export.col.teamHours', { team: team.name }),
      kind: 'hours',
    })),
  ];
  const rows = inProgrammeOrder(programme, activities, themes).map((a): ReportCell[] => {
    const h = activityHours(a);
    const place = places.get(a.id);
    const perTeam = new Map<string, number>();
    for (const al of a.allocations)
      perTeam.set(al.teamId, (perTeam.get(al.teamId) ?? 0) + al.hours);
    return [
      a.title,
      a.sourceRef,
      domains.find((d) => d.id === a.domainId)?.name ?? '',
      themePath(a.primaryThemeId, themes)
        .map((x) => x.name)
        .join(' › '),
      t(`kind.${a.kind}`),
      t(`pyramid.${a.pyramidLevel}`),
      t(`status.${a.status}`),
      t(`commitment.${a.commitment}`),
      t(`origin.${a.origin}`),
      a.fundingConditional
        ? a.fundingConfirmed
          ? t('flag.confirmed')
          : t('flag.conditional')
        : '',
      a.startMonth,
      a.endMonth,
      h,
      Math.round(hoursToFte(h, programme) * 100) / 100,
      Math.round(riskScore(a, programme.riskScheme).score * 10) / 10,
      a.materialCents,
      a.externalHireCents,
      place ? t(PLACE_WORDS[place.kind]) : '',
      place && 'rank' in place ? place.rank : null,
      a.force ? t(a.force.mode === 'in' ? 'export.place.forcedIn' : 'export.place.forcedOut') : '',
      a.force?.reason ?? '',
      // Hundredths, as hours are stored: a sum of decimals must not show 0,30000000000000004.
      ...teams.map((team) => Math.round((perTeam.get(team.id) ?? 0) * 100) / 100),
    ];
  });
  return {
    name: programme.name,
    caption: t('export.activitiesCaption', { name: programme.name }),
    columns,
    rows,
  };
}
