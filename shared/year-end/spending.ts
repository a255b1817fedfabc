import { ROEMERNORM, roemerRatio, type BudgetLine, type BudgetLineKey } from '../budget/cost-model';
import type { Spending, SpendingLineKey } from '../domain/realisation';
import { cents, type Cents } from '../domain/units';
import { formatMoney, formatPercent } from '../format/nl';
import type { Message } from '../i18n/translate';

/**
 * The organisation's realised spending against the frame (issue 13, "organisation level"): the
 * result the annual report states ("De realisatie kwam 10% hoger uit dan het vastgestelde
 * kader", jaarbericht 2025) and the external hire against the Roemernorm.
 */

/** The cost lines in the budget's order (shared/budget/cost-model.ts). */
export const SPENDING_LINES: readonly SpendingLineKey[] = [
  'personnel',
  'overhead',
  'material',
  'external',
  'fixed',
];

/** One cost line: the plan, what was realised (null: not entered) and realised minus plan. */
export type SpendingLineResult = {
  readonly key: BudgetLineKey;
  readonly planned: Cents;
  readonly realised: Cents | null;
  /** Realised minus planned; null when nothing was entered for the line. */
  readonly difference: Cents | null;
};

/** Over the frame, under it, or exactly on it. */
export type SpendingVerdict = 'over' | 'under' | 'on';

/** The realisation of a year against the frame as finally set. */
export type SpendingResult = {
  /** The frame the realisation is judged against: the frame as finally set, else the programme's. */
  readonly frame: Cents;
  /** True when the frame was set anew during the year (finalFrameCents given). */
  readonly frameAdjusted: boolean;
  /** The sum of the realised cost lines. */
  readonly realised: Cents;
  /** Realised minus frame: positive is an overrun. */
  readonly difference: Cents;
  readonly verdict: SpendingVerdict;
  /** |difference| ÷ frame (0 when the frame is 0): 0,1 reads "overschrijding 10,0%". */
  readonly share: number;
  readonly lines: readonly SpendingLineResult[];
  /** External ÷ (external + personnel) of the realised lines. */
  readonly roemerRatio: number;
  /** Whether that ratio stays within the Roemernorm (at most 10%). */
  readonly withinRoemernorm: boolean;
};

/** The programme fields the realisation is computed from. */
export type SpendingInput = {
  readonly budget: { readonly frameCents: Cents };
  readonly spending: Spending | null;
};

/**
 * The realisation of a programme against its frame, per cost line against the plan (`planned`:
 * the budget's lines, `budget(...).lines`; missing lines plan 0), with the external-hire ratio
 * against the Roemernorm. Null when no spending is recorded.
 */
export function spendingResult(
  programme: SpendingInput,
  planned: readonly BudgetLine[] = [],
): SpendingResult | null {
  const spending = programme.spending;
  if (spending === null) return null;
  const frame = spending.finalFrameCents ?? programme.budget.frameCents;
  const realisedOf = (key: BudgetLineKey): Cents | null =>
    spending.lines.find((l) => l.key === key)?.cents ?? null;
  const lines: SpendingLineResult[] = SPENDING_LINES.map((key) => {
    const plan = planned.find((l) => l.key === key)?.cents ?? cents(0);
    const realised = realisedOf(key);
    return {
      key,
      planned: plan,
      realised,
      difference: realised === null ? null : cents(realised - plan),
    };
  });
  const realised = cents(lines.reduce((s, l) => s + (l.realised ?? 0), 0));
  const difference = cents(realised - frame);
  const ratio = roemerRatio(realisedOf('external') ?? 0, realisedOf('personnel') ?? 0);
  return {
    frame,
    frameAdjusted: spending.finalFrameCents !== null,
    realised,
    difference,
    verdict: difference > 0 ? 'over' : difference < 0 ? 'under' : 'on',
    share: frame > 0 ? Math.abs(difference) / frame : 0,
    lines,
    roemerRatio: ratio,
    withinRoemernorm: ratio <= ROEMERNORM,
  };
}

/** The words for the result against the frame: "overschrijding 10,0%" / "onderschrijding 2,3%". */
export function overrunMessage(r: Pick<SpendingResult, 'verdict' | 'share'>): Message {
  if (r.verdict === 'on') return { key: 'spending.onFrame' };
  return {
    key: r.verdict === 'over' ? 'spending.overrun' : 'spending.underrun',
    params: { share: formatPercent(r.share) },
  };
}

/**
 * The whole result line: "Realisatie € 18.365.600 tegen een kader van € 16.696.000:
 * overschrijding 10,0%" (the same words on the budget screen, the year-end screen and the pack).
 */
export function resultMessage(r: SpendingResult): Message {
  const params = { realised: formatMoney(r.realised), frame: formatMoney(r.frame) };
  if (r.verdict === 'on') return { key: 'spending.resultOn', params };
  return {
    key: r.verdict === 'over' ? 'spending.resultOver' : 'spending.resultUnder',
    params: { ...params, share: formatPercent(r.share) },
  };
}

/** The Roemernorm line: "externe inhuur 5,1% (binnen de Roemernorm)" / "(boven de Roemernorm)". */
export function roemerMessage(
  r: Pick<SpendingResult, 'roemerRatio' | 'withinRoemernorm'>,
): Message {
  return {
    key: r.withinRoemernorm ? 'spending.roemerWithin' : 'spending.roemerOver',
    params: { ratio: formatPercent(r.roemerRatio) },
  };
}

/** A spending with every cost line at 0, entered by hand: where the form starts. */
export function emptySpending(): Spending {
  return {
    finalFrameCents: null,
    lines: SPENDING_LINES.map((key) => ({ key, cents: cents(0) })),
    source: '',
    note: '',
  };
}

/** The spending with one cost line set (added in the budget's order when it was missing). */
export function withSpendingLine(
  spending: Spending,
  key: SpendingLineKey,
  amount: Cents,
): Spending {
  const present = spending.lines.some((l) => l.key === key);
  const lines = present
    ? spending.lines.map((l) => (l.key === key ? { key, cents: amount } : l))
    : SPENDING_LINES.flatMap((k) => {
        if (k === key) return [{ key, cents: amount }];
        const l = spending.lines.find((x) => x.key === k);
        return l ? [l] : [];
      });
  return { ...spending, lines };
}
