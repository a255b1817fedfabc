/** The line places live in state (the list's filter needs them); the list reads them here. */
export {
  LINE_PLACE_KINDS,
  selectLinePlaces,
  type LinePlace,
  type LinePlaceKind,
} from '../../state/line-places';
