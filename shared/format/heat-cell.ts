import { translate } from '../i18n/translate';
import { formatHours, formatPercent } from './nl';

/** The figures of one heat-map cell: one team in one period (a quarter, the year or a month). */
export type HeatFigures = {
  readonly capacity: number;
  readonly allocated: number;
  /** allocated ÷ capacity; Infinity when hours fall in a period without capacity. */
  readonly ratio: number;
  /** Hours above capacity (0 when within). */
  readonly over: number;
  /** Hours left (0 when over). */
  readonly free: number;
};

/** The colour band of a cell: over capacity, the three load bands, nothing planned, no capacity. */
export type HeatTone = 'over' | 'high' | 'mid' | 'low' | 'none' | 'no-capacity';

/** What a heat-map cell says. */
export type HeatCellText = {
  readonly tone: HeatTone;
  /** The mark and the share: `⚠ 100,4%`, `87,3%`, `geen capaciteit`, `⚠ geen capaciteit`. */
  readonly percent: string;
  /** The hours over or free beside it: `+ 15 uur`, `309 uur vrij`, `vol`; empty without either. */
  readonly hours: string;
  /** The figures in a sentence: `4.375 uur gepland van 4.291 uur: 85 uur te veel`. */
  readonly detail: string;
};

/** Rounding noise of the floating-point share (far below the tenth of a percent shown). */
const NOISE = 1e-9;

/**
 * The share with one decimal, rounded so it never hides an overload nor shows one that is not
 * there: up for a cell over capacity (100,04% reads 100,1%, never 100,0%), down for one within
 * (99,96% reads 99,9%, never 100,0%).
 */
function shareText(ratio: number, over: boolean): string {
  const tenths = ratio * 1000;
  return formatPercent((over ? Math.ceil(tenths - NOISE) : Math.floor(tenths + NOISE)) / 1000);
}

/**
 * The text of a heat-map cell, from the cell's figures alone. Hours over are rounded up (a
 * quarter hour over reads `+ 1 uur`) and hours free down, so the rounding never hides an
 * overload; a period without capacity reads `geen capaciteit`, never 0%.
 */
export function heatCellText(cell: HeatFigures): HeatCellText {
  const over = cell.over > 0;
  const overHours = formatHours(Math.ceil(cell.over - NOISE));
  const allocated = formatHours(cell.allocated);
  const capacity = formatHours(cell.capacity);
  if (cell.capacity <= 0) {
    const none = translate('capacity.noCapacity');
    return over
      ? {
          tone: 'over',
          percent: `⚠ ${none}`,
          hours: translate('heat.over', { hours: overHours }),
          detail: translate('heat.detail.noCapacity', { allocated }),
        }
      : { tone: 'no-capacity', percent: none, hours: '', detail: none };
  }
  if (over)
    return {
      tone: 'over',
      percent: `⚠ ${shareText(cell.ratio, true)}`,
      hours: translate('heat.over', { hours: overHours }),
      detail: translate('heat.detail.over', { allocated, capacity, over: overHours }),
    };
  const free = Math.floor(cell.free + NOISE);
  const freeHours = formatHours(free);
  return {
    tone: cell.ratio >= 0.9 ? 'high' : cell.ratio >= 0.7 ? 'mid' : cell.ratio > 0 ? 'low' : 'none',
    percent: shareText(cell.ratio, false),
    hours: free > 0 ? translate('heat.free', { hours: freeHours }) : translate('heat.full'),
    detail: translate('heat.detail.free', { allocated, capacity, free: freeHours }),
  };
}
