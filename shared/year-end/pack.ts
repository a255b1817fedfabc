/**
 * The year-end pack (issue 13, "Out"): the one report document the annual-report authors take
 * into the jaarbericht, built from the derivations the screens show (plan against actual, the
 * realisation against the frame, the incident reserve and its postponements, the amendment log)
 * and written as a print view / PDF, XLSX and CSV by shared/report. Pure: the same input gives
 * the same document; every table whose rows add up carries a totals row fixed to the figure the
 * derivation computed, so a row lost on the way is refused by the writers (`tableProblems`).
 */
import type { OutputKind, Programme, Team } from '../domain/schemas';
import type { ExportTable } from '../export/table';
import { formatDate, formatHours, formatMonth, formatNumber } from '../format/nl';
import { translate as t } from '../i18n/translate';
import {
  withTotals,
  type BarChart,
  type ReportCell,
  type ReportColumn,
  type ReportDocument,
  type ReportSection,
  type ReportTable,
} from '../report/document';
import { topLevel, type GroupPlanActual, type PlanActual } from './plan-actual';
import type { PostponementLine, ReserveLedger } from './reserve';
import { formatShare, statusText } from './format';
import { resultMessage, roemerMessage, type SpendingResult } from './spending';

/** Everything the pack is built from. */
export type PackInput = {
  readonly programme: Programme;
  readonly teams: readonly Pick<Team, 'id' | 'name'>[];
  readonly planActual: PlanActual;
  /** The realisation against the frame; null while none is recorded. */
  readonly spending: SpendingResult | null;
  readonly ledger: ReserveLedger;
  readonly postponements: readonly PostponementLine[];
  /** The amendment log as the Versions screen exports it, its dates as IsoDates (`'iso'`). */
  readonly amendments: ExportTable;
};

/** The output kinds that are enforcement decisions (handhavingsbesluiten). */
const ENFORCEMENT: readonly OutputKind[] = ['boete', 'last-onder-dwangsom'];

const col = (header: string, kind: ReportColumn['kind']): ReportColumn => ({ header, kind });

/** The columns of the government's layout for one measure. */
function measureColumns(first: string, kind: 'hours' | 'euro'): ReportColumn[] {
  return [
    col(first, 'text'),
    col(t('planActual.col.plan'), kind),
    col(t('planActual.col.actual'), kind),
    col(t('planActual.col.difference'), kind),
    col(t('planActual.col.share'), 'percent'),
    col(t('planActual.col.previous'), kind),
  ];
}

/**
 * A group's row in the layout: hours as the derivation has them (sums of realised hours, so the
 * totals row can be the derivation's own total), cents rounded to whole cents.
 */
function groupRow(
  g: Pick<GroupPlanActual, 'hours' | 'cost'>,
  label: string,
  measure: 'hours' | 'cost',
): ReportCell[] {
  const m = measure === 'hours' ? g.hours : g.cost;
  const v = (x: number) => (measure === 'hours' ? x : Math.round(x));
  return [
    label,
    v(m.plan),
    v(m.actual),
    v(m.difference),
    m.share,
    m.previous === null ? null : v(m.previous),
  ];
}

/**
 * The totals row of a layout table. For hours the plan and the realisation are the
 * derivation's own totals, so a row lost between the derivation and the writers is refused
 * (`tableProblems`); euros are rounded per row, so their totals are the rows' sums. The share
 * is that of the totals; last year's total is left empty when no row has one.
 */
function layoutTotals(
  table: ReportTable,
  total: PlanActual['total'],
  measure: 'hours' | 'cost',
): ReportTable {
  const m = measure === 'hours' ? total.hours : total.cost;
  const fixed: Record<number, ReportCell> =
    measure === 'hours' ? { 1: m.plan, 2: m.actual, 4: m.share } : { 4: m.share };
  if (!table.rows.some((r) => r[5] !== null)) fixed[5] = null;
  return withTotals(table, t('report.total'), fixed);
}

/** A table without one of its columns (last year's, when there is no last year). */
function withoutColumn(table: ReportTable, j: number): ReportTable {
  const drop = <T>(row: readonly T[]) => row.filter((_, i) => i !== j);
  return {
    ...table,
    columns: drop(table.columns),
    rows: table.rows.map(drop),
    ...(table.totals ? { totals: drop(table.totals) } : {}),
  };
}

/** Bars of a chart without the groups that have nothing planned or realised. */
const nonEmpty = (g: GroupPlanActual): boolean => g.hours.plan !== 0 || g.hours.actual !== 0;

/** A label for a group ('' is the rest group). */
const groupLabel = (g: GroupPlanActual, rest: string): string => (g.label === '' ? rest : g.label);

/** Hours planned against realised per group, leaving out groups with neither. */
function planBars(title: string, groups: readonly GroupPlanActual[], rest: string): BarChart {
  return {
    kind: 'bars',
    title,
    unit: 'hours',
    series: [t('planActual.col.plan'), t('planActual.col.actual')],
    bars: groups.filter(nonEmpty).map((g) => ({
      label: groupLabel(g, rest),
      values: [Math.round(g.hours.plan), Math.round(g.hours.actual)],
    })),
  };
}

/** Plan against actual per MJP focus, per domain and team, and per activity. */
function planActualSection(input: PackInput): ReportSection {
  const pa = input.planActual;
  const { year } = input.programme;
  const focus = topLevel(pa.byTheme);
  const noTheme = t('planActual.noTheme');
  const focusHours = layoutTotals(
    {
      name: t('pack.table.focusHours'),
      caption: t('pack.caption.focusHours', { year }),
      columns: [...measureColumns(t('pack.col.focus'), 'hours'), col(t('pack.col.count'), 'count')],
      rows: focus.map((g) => [...groupRow(g, groupLabel(g, noTheme), 'hours'), g.activities]),
    },
    pa.total,
    'hours',
  );
  const focusCost = layoutTotals(
    {
      name: t('pack.table.focusCost'),
      caption: t('pack.caption.focusCost', { year }),
      columns: measureColumns(t('pack.col.focus'), 'euro'),
      rows: focus.map((g) => groupRow(g, groupLabel(g, noTheme), 'cost')),
    },
    pa.total,
    'cost',
  );
  const byDomain = layoutTotals(
    {
      name: t('pack.table.domainHours'),
      caption: t('pack.caption.domainHours', { year }),
      columns: measureColumns(t('planActual.col.domain'), 'hours'),
      rows: pa.byDomain.map((g) => groupRow(g, groupLabel(g, noTheme), 'hours')),
    },
    pa.total,
    'hours',
  );
  const byTeam = layoutTotals(
    {
      name: t('pack.table.teamHours'),
      caption: t('pack.caption.teamHours', { year }),
      columns: measureColumns(t('planActual.col.team'), 'hours'),
      rows: pa.byTeam
        .filter((g) => nonEmpty(g) || (g.hours.previous ?? 0) !== 0)
        .map((g) => groupRow(g, groupLabel(g, t('planActual.noTeam')), 'hours')),
    },
    pa.total,
    'hours',
  );
  const activities = layoutTotals(
    {
      name: t('pack.table.activities'),
      caption: t('pack.caption.activities', { year }),
      columns: [
        ...measureColumns(t('planActual.col.activity'), 'hours'),
        col(t('planActual.col.status'), 'text'),
        col(t('planActual.col.note'), 'text'),
      ],
      rows: pa.activities.map((a) => [
        ...groupRow(a, a.inPlan ? a.title : `${a.title} (${t('planActual.notInPlan')})`, 'hours'),
        statusText(a.status),
        a.note,
      ]),
    },
    pa.total,
    'hours',
  );
  const chart = planBars(t('pack.chart.focus'), focus, noTheme);
  const teamChart = planBars(t('pack.chart.team'), pa.byTeam, t('planActual.noTeam'));
  const share = pa.total.hours.share;
  const paragraphs = [
    pa.basis === 'adopted' && pa.adoptedOn !== null
      ? t('pack.basisAdopted', { date: formatDate(pa.adoptedOn) })
      : t('pack.basisCurrent'),
    t('pack.totals', {
      plan: formatHours(Math.round(pa.total.hours.plan)),
      actual: formatHours(Math.round(pa.total.hours.actual)),
      share: formatShare(share),
    }),
    ...(input.programme.illustrative ? [t('pack.illustrative')] : []),
  ];
  // Without last year's programme its column would be empty in every table: left out.
  const tables = [focusHours, focusCost, byDomain, byTeam, activities].map((table) =>
    pa.previousYear === null ? withoutColumn(table, 5) : table,
  );
  return {
    heading: t('pack.section.planActual'),
    paragraphs,
    charts: [chart, teamChart],
    tables,
  };
}

/** The publications with their dates, and what was planned but did not appear. */
function publicationsSection(input: PackInput): ReportSection {
  const outputs = input.planActual.outputs;
  const published = outputs
    .filter((o) => o.publishedOn !== null && !ENFORCEMENT.includes(o.kind))
    .sort((a, b) =>
      (a.publishedOn ?? '') < (b.publishedOn ?? '')
        ? -1
        : (a.publishedOn ?? '') > (b.publishedOn ?? '')
          ? 1
          : 0,
    );
  const title = (o: (typeof outputs)[number]) =>
    o.publishedTitle !== '' ? o.publishedTitle : o.title !== '' ? o.title : t(`output.${o.kind}`);
  const list: ReportTable = {
    name: t('pack.table.publications'),
    caption: t('pack.caption.publications', { year: input.programme.year }),
    columns: [
      col(t('pack.col.date'), 'date'),
      col(t('pack.col.kind'), 'text'),
      col(t('pack.col.title'), 'text'),
      col(t('planActual.col.activity'), 'text'),
      col(t('pack.col.plannedMonth'), 'month'),
    ],
    rows: published.map((o) => [
      o.publishedOn,
      t(`output.${o.kind}`),
      title(o),
      o.activityTitle,
      o.plannedMonth,
    ]),
  };
  const open = outputs.filter((o) => o.publishedOn === null && o.inPlan);
  const notPublished: ReportTable = {
    name: t('pack.table.notPublished'),
    caption: t('pack.caption.notPublished'),
    columns: [
      col(t('pack.col.kind'), 'text'),
      col(t('pack.col.title'), 'text'),
      col(t('planActual.col.activity'), 'text'),
      col(t('pack.col.plannedMonth'), 'month'),
    ],
    rows: open.map((o) => [t(`output.${o.kind}`), title(o), o.activityTitle, o.plannedMonth]),
  };
  const kinds = new Map<OutputKind, number>();
  for (const o of published) kinds.set(o.kind, (kinds.get(o.kind) ?? 0) + 1);
  const perKind = [...kinds.entries()]
    .map(([kind, n]) => t('pack.kindCount', { n: formatNumber(n), kind: t(`output.${kind}`) }))
    .join(', ');
  return {
    heading: t('pack.section.publications'),
    paragraphs: [
      published.length === 0
        ? t('pack.publicationsNone')
        : t('pack.publicationsCount', {
            year: input.programme.year,
            n: formatNumber(published.length),
            kinds: perKind,
          }),
    ],
    tables: open.length > 0 ? [list, notPublished] : [list],
  };
}

/** Enforcement decisions (boetes, lasten onder dwangsom) counted per kind, and listed. */
function enforcementSection(input: PackInput): ReportSection {
  const decisions = input.planActual.outputs.filter(
    (o) => o.publishedOn !== null && ENFORCEMENT.includes(o.kind),
  );
  const counts: ReportTable = withTotals(
    {
      name: t('pack.table.enforcement'),
      caption: t('pack.caption.enforcement', { year: input.programme.year }),
      columns: [col(t('pack.col.kind'), 'text'), col(t('pack.col.count'), 'count')],
      rows: ENFORCEMENT.map((k) => [
        t(`output.${k}`),
        decisions.filter((o) => o.kind === k).length,
      ]),
    },
    t('report.total'),
    { 1: decisions.length },
  );
  const list: ReportTable = {
    name: t('pack.table.enforcementList'),
    caption: t('pack.caption.enforcementList'),
    columns: [
      col(t('pack.col.date'), 'date'),
      col(t('pack.col.kind'), 'text'),
      col(t('pack.col.title'), 'text'),
      col(t('planActual.col.activity'), 'text'),
    ],
    rows: decisions.map((o) => [
      o.publishedOn,
      t(`output.${o.kind}`),
      o.publishedTitle !== '' ? o.publishedTitle : o.title,
      o.activityTitle,
    ]),
  };
  return {
    heading: t('pack.section.enforcement'),
    paragraphs: [t('pack.enforcementCount', { n: formatNumber(decisions.length) })],
    tables: decisions.length > 0 ? [counts, list] : [counts],
  };
}

/** The realisation against the frame per cost line, and the Roemernorm. */
function budgetSection(input: PackInput): ReportSection {
  const r = input.spending;
  if (r === null)
    return { heading: t('pack.section.budget'), paragraphs: [t('pack.noSpending')], tables: [] };
  const note = input.programme.spending?.note ?? '';
  const lines = r.lines.filter((l) => l.realised !== null);
  const table = withTotals(
    {
      name: t('pack.table.budget'),
      caption: t('pack.caption.budget', { year: input.programme.year }),
      columns: [
        col(t('spending.line'), 'text'),
        col(t('spending.planned'), 'euro'),
        col(t('spending.realised'), 'euro'),
        col(t('spending.difference'), 'euro'),
      ],
      rows: lines.map((l) => [t(`budget.line.${l.key}`), l.planned, l.realised, l.difference]),
    },
    t('report.total'),
    // The realised total is the spending's own (the sum of its lines).
    { 2: r.realised },
  );
  const chart: BarChart = {
    kind: 'bars',
    title: t('pack.chart.budget'),
    unit: 'euro',
    series: [t('spending.planned'), t('spending.realised')],
    bars: lines.map((l) => ({
      label: t(`budget.line.${l.key}`),
      values: [l.planned, l.realised ?? 0],
    })),
  };
  const frame: ReportTable = {
    name: t('pack.table.frame'),
    caption: t('pack.caption.frame'),
    columns: [
      col(t('pack.col.frame'), 'euro'),
      col(t('spending.realised'), 'euro'),
      col(t('spending.difference'), 'euro'),
      col(t('pack.col.frameShare'), 'percent'),
      col(t('pack.col.roemer'), 'percent'),
    ],
    rows: [
      [
        r.frame,
        r.realised,
        r.difference,
        r.frame > 0 ? r.difference / r.frame : null,
        r.roemerRatio,
      ],
    ],
  };
  const say = (m: { key: Parameters<typeof t>[0]; params?: Record<string, string | number> }) =>
    t(m.key, m.params);
  return {
    heading: t('pack.section.budget'),
    paragraphs: [
      `${say(resultMessage(r))}.`,
      `${capitalise(say(roemerMessage(r)))}.`,
      ...(note.trim() === '' ? [] : [note]),
    ],
    charts: [chart],
    tables: [frame, table],
  };
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The amendment log: its date as a real date (the table is made with `dates: 'iso'`), the rest text. */
function amendmentSection(input: PackInput): ReportSection {
  const a = input.amendments;
  const table: ReportTable = {
    name: t('pack.table.amendments'),
    caption: a.name,
    columns: a.columns.map((h, j) => col(h, j === 0 ? 'date' : 'text')),
    rows: a.rows.map((row) => row.map((c) => (c === null ? null : String(c)))),
  };
  return {
    heading: t('pack.section.amendments'),
    paragraphs: [
      a.rows.length === 0
        ? t('pack.amendmentsNone')
        : t('pack.amendmentsCount', { n: formatNumber(a.rows.length) }),
    ],
    tables: [table],
  };
}

/** The incident reserve per team, drawn and left, and the postponement log. */
function reserveSection(input: PackInput): ReportSection {
  const team = (id: string) => input.teams.find((x) => x.id === id)?.name ?? id;
  const round = (h: number) => Math.round(h * 10) / 10;
  const ledger = withTotals(
    {
      name: t('pack.table.reserve'),
      caption: t('pack.caption.reserve', { year: input.programme.year }),
      columns: [
        col(t('planActual.col.team'), 'text'),
        col(t('pack.col.reserve'), 'hours'),
        col(t('pack.col.drawn'), 'hours'),
        col(t('pack.col.left'), 'hours'),
        col(t('pack.col.draws'), 'count'),
      ],
      rows: input.ledger.teams.map((x) => [
        team(x.teamId),
        round(x.reserve),
        round(x.drawn),
        round(x.left),
        x.draws,
      ]),
    },
    t('report.total'),
  );
  const log = withTotals(
    {
      name: t('pack.table.postponements'),
      caption: t('pack.caption.postponements'),
      columns: [
        col(t('pack.col.date'), 'date'),
        col(t('pack.col.draw'), 'text'),
        col(t('planActual.col.activity'), 'text'),
        col(t('pack.col.effect'), 'text'),
        col(t('pack.col.hours'), 'hours'),
        col(t('pack.col.toMonth'), 'text'),
        col(t('pack.col.reason'), 'text'),
      ],
      rows: input.postponements.map((p) => [
        p.on,
        p.drawTitle,
        p.activityTitle ?? t('reserve.gone'),
        t(`reserve.effect.${p.effect}`),
        round(p.hours),
        p.toMonth !== null
          ? formatMonth(p.toMonth)
          : p.effect === 'uitgesteld'
            ? t('reserve.toNextYear')
            : null,
        p.reason,
      ]),
    },
    t('report.total'),
  );
  const chart: BarChart = {
    kind: 'bars',
    title: t('pack.chart.reserve'),
    unit: 'hours',
    series: [t('pack.col.reserve'), t('pack.col.drawn')],
    bars: input.ledger.teams.map((x) => ({
      label: team(x.teamId),
      values: [Math.round(x.reserve), Math.round(x.drawn)],
    })),
  };
  const drawn = input.ledger.teams.reduce((s, x) => s + x.drawn, 0);
  return {
    heading: t('pack.section.reserve'),
    paragraphs: [
      t('pack.reserveSummary', {
        draws: formatNumber(input.programme.reserveDraws.length),
        drawn: formatHours(Math.round(drawn)),
        displaced: formatNumber(input.postponements.length),
      }),
    ],
    charts: [chart],
    tables: input.postponements.length > 0 ? [ledger, log] : [ledger],
  };
}

/** The year-end pack of a programme: one document for the print view, PDF, XLSX and CSV. */
export function yearEndPack(input: PackInput): ReportDocument {
  return {
    title: t('pack.title', { year: input.programme.year }),
    subtitle: input.programme.name,
    sections: [
      planActualSection(input),
      publicationsSection(input),
      enforcementSection(input),
      budgetSection(input),
      amendmentSection(input),
      reserveSection(input),
    ],
  };
}
