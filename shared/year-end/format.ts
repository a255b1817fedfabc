import type { Cents } from '../domain/units';
import { formatHours, formatMoney, formatPercent } from '../format/nl';
import { translate } from '../i18n/translate';
import type { PlanActualMeasure, PlanActualStatus } from './plan-actual';

/** A value of the measure: `1.234 uur` or `€ 16.228.000`. */
export const formatMeasure = (measure: PlanActualMeasure, v: number): string =>
  measure === 'hours' ? formatHours(Math.round(v)) : formatMoney(Math.round(v) as Cents);

/** A signed value of the measure: `+35 uur`, `−12 uur`, `− € 1.200`. */
export function formatSigned(measure: PlanActualMeasure, v: number): string {
  const r = Math.round(v);
  if (r === 0) return formatMeasure(measure, 0);
  if (measure === 'cost')
    return r > 0 ? `+ ${formatMeasure(measure, r)}` : formatMeasure(measure, r);
  return r > 0 ? `+${formatHours(r)}` : `\u2212${formatHours(-r)}`;
}

/** A signed share: `+2,9%`, `−12,5%`; a dash when there was no plan. */
export function formatShare(share: number | null): string {
  if (share === null) return '—';
  if (share > 0) return `+${formatPercent(share)}`;
  if (share < 0) return `\u2212${formatPercent(-share)}`;
  return formatPercent(0);
}

/** An activity's status in words: its year-end status, or "Geen realisatie" / "Nog geen eindstand". */
export function statusText(status: PlanActualStatus): string {
  return status === 'geen-realisatie' || status === 'open'
    ? translate(`planActual.status.${status}`)
    : translate(`yearEnd.${status}`);
}
