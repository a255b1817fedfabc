import type { BudgetView } from '../../shared/budget/budget-view';
import { planOf } from './planning';
import type { KoersState } from './types';

export type { BudgetView, CostRow } from '../../shared/budget/budget-view';

/** The budget of the loaded programme; null until loaded or without a cost model. */
export function selectBudget(state: KoersState): BudgetView | null {
  return state.data ? planOf(state.data).budget : null;
}
