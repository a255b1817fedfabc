import type { Activity, Domain, Programme, Theme } from '../domain/schemas';
import { activityHours, hoursToFte, themePath } from '../domain/programme';
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

/** The programme's activities as a table, one row per activity, with headers in the current language. */
export function activitiesTable(
  programme: Programme,
  activities: readonly Activity[],
  themes: readonly Theme[],
  domains: readonly Domain[],
  above: ReadonlySet<string>,
): ExportTable {
  const t = translate;
  const columns = [
    t('column.title'),
    t('column.source'),
    t('column.domain'),
    t('filter.theme'),
    t('column.kind'),
    t('column.status'),
    t('field.commitment'),
    t('field.origin'),
    t('flag.conditional'),
    t('field.startMonth'),
    t('field.endMonth'),
    t('column.hours'),
    t('column.fte'),
    t('column.score'),
    t('field.materialCents'),
    t('field.externalHireCents'),
    t('line.above'),
  ];
  const rows = activities.map((a): Cell[] => {
    const h = activityHours(a);
    return [
      a.title,
      a.sourceRef,
      domains.find((d) => d.id === a.domainId)?.name ?? '',
      themePath(a.primaryThemeId, themes)
        .map((x) => x.name)
        .join(' › '),
      t(`kind.${a.kind}`),
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
      a.materialCents / 100,
      a.externalHireCents / 100,
      a.commitment !== 'discretionair' || above.has(a.id) ? t('amendment.yes') : t('amendment.no'),
    ];
  });
  return { name: programme.name, columns, rows };
}
