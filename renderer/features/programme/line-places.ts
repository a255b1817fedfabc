import { countsForCapacity, isCommitted } from '../../../shared/planning/counting';
import { selectPlanning, type PlanningView } from '../../state/planning';
import type { KoersState } from '../../state/types';

/** An activity's place against the line, as the programme list shows it. */
export type LinePlace =
  | { readonly kind: 'committed' }
  | { readonly kind: 'not-counted' }
  | { readonly kind: 'above' | 'below'; readonly rank: number };

let last: { planning: PlanningView; places: ReadonlyMap<string, LinePlace> } | null = null;

/**
 * Each activity's place against the line (statutory and committed work goes first; work that
 * does not count yet has no place), from the same planning the capacity screen shows.
 */
export function selectLinePlaces(state: KoersState): ReadonlyMap<string, LinePlace> | null {
  const planning = selectPlanning(state);
  if (!planning || !state.data) return null;
  if (last?.planning === planning) return last.places;
  const places = new Map<string, LinePlace>();
  const entries = new Map(planning.line.entries.map((e) => [e.id, e]));
  for (const a of state.data.activities) {
    const entry = entries.get(a.id);
    if (!countsForCapacity(a)) places.set(a.id, { kind: 'not-counted' });
    else if (isCommitted(a)) places.set(a.id, { kind: 'committed' });
    else if (entry) places.set(a.id, { kind: entry.above ? 'above' : 'below', rank: entry.rank });
  }
  last = { planning, places };
  return places;
}
