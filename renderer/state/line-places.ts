import { countsForCapacity, isCommitted } from '../../shared/planning/counting';
import type { LineEntry } from '../../shared/planning/ranking';
import type { ProgrammeData } from '../db/repositories/programme-data';
import { planningOf, type PlanningView } from './planning';
import type { KoersState } from './types';

/** The kinds of place against the line the programme list shows and filters on. */
export type LinePlaceKind =
  'above' | 'below' | 'forced-in' | 'forced-out' | 'not-counted' | 'committed';

/** The kinds in the order the filter offers them. */
export const LINE_PLACE_KINDS: readonly LinePlaceKind[] = [
  'above',
  'below',
  'forced-in',
  'forced-out',
  'not-counted',
  'committed',
];

/** An activity's place against the line, as the programme list shows it. */
export type LinePlace =
  | { readonly kind: 'committed' }
  | { readonly kind: 'not-counted' }
  | { readonly kind: 'above' | 'below' | 'forced-in' | 'forced-out'; readonly rank: number };

/** The places without a rank: one object each, so a row's place is the same object again. */
const NOT_COUNTED: LinePlace = { kind: 'not-counted' };
const COMMITTED: LinePlace = { kind: 'committed' };

/** The place of each line entry (entries are reused while unchanged, so their places are too). */
const entryPlaces = new WeakMap<LineEntry, LinePlace>();

/**
 * An entry's place, the same object for the same entry: a list row whose place did not change
 * gets the same props and is not drawn again (issue 11).
 */
function placeOfEntry(entry: LineEntry): LinePlace {
  let place = entryPlaces.get(entry);
  if (!place) {
    place = {
      kind:
        entry.reason === 'forced-in' || entry.reason === 'forced-out'
          ? entry.reason
          : entry.above
            ? 'above'
            : 'below',
      rank: entry.rank,
    };
    entryPlaces.set(entry, place);
  }
  return place;
}

/** The places per planning (so per snapshot), kept while it lives. */
const placesByPlanning = new WeakMap<PlanningView, ReadonlyMap<string, LinePlace>>();

/**
 * Each activity's place against the line (statutory and committed work goes first; work that
 * does not count yet has no place; a forced one says so), from the planning the capacity
 * screen shows.
 */
export function linePlacesOf(data: ProgrammeData): ReadonlyMap<string, LinePlace> {
  const planning = planningOf(data);
  const known = placesByPlanning.get(planning);
  if (known) return known;
  const places = new Map<string, LinePlace>();
  const entries = new Map(planning.line.entries.map((e) => [e.id, e]));
  for (const a of data.activities) {
    const entry = entries.get(a.id);
    if (!countsForCapacity(a)) places.set(a.id, NOT_COUNTED);
    else if (isCommitted(a)) places.set(a.id, COMMITTED);
    else if (entry) places.set(a.id, placeOfEntry(entry));
  }
  placesByPlanning.set(planning, places);
  return places;
}

/** The places of the loaded programme; null until it is loaded. */
export function selectLinePlaces(state: KoersState): ReadonlyMap<string, LinePlace> | null {
  return state.data ? linePlacesOf(state.data) : null;
}
