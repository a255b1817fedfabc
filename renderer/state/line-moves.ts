import type { Message } from '../../shared/i18n/translate';
import { selectPlanning } from './planning';
import type { KoersStore } from './store';
import type { KoersState, NoticeGroup, NoticeLink } from './types';

/** What crossed the line between two plannings: ids that fell below and ids that came above. */
export type LineMoves = { readonly down: readonly string[]; readonly up: readonly string[] };

/** The ids planned (committed, or above the line) in the loaded programme, with its id. */
function aboveOf(state: KoersState): {
  programmeId: string;
  /** The scenario shown (issue 12): opening or closing one is no step, nothing "moved". */
  scenarioId: string | null;
  above: ReadonlySet<string>;
  known: ReadonlySet<string>;
} | null {
  const planning = selectPlanning(state);
  if (!planning || !state.data) return null;
  return {
    programmeId: state.data.programme.id,
    scenarioId: state.openScenarioId,
    above: planning.planned,
    known: new Set(state.data.activities.map((a) => a.id)),
  };
}

/**
 * What moved across the line: activities planned before and not after (also when they stopped
 * counting, e.g. postponed), and those planned after and not before.
 */
export function lineMoves(before: ReadonlySet<string>, after: ReadonlySet<string>): LineMoves {
  return {
    down: [...before].filter((id) => !after.has(id)),
    up: [...after].filter((id) => !before.has(id)),
  };
}

/** The notice's lists for the moves ("Door deze wijziging vallen onder de lijn: …; komen erboven: …"). */
export function moveGroups(moves: LineMoves, title: (id: string) => string): NoticeGroup[] {
  const links = (ids: readonly string[]): NoticeLink[] =>
    ids.map((activityId) => ({ activityId, title: title(activityId) }));
  const groups: NoticeGroup[] = [];
  if (moves.down.length > 0)
    groups.push({ label: { key: 'moved.down' }, links: links(moves.down) });
  if (moves.up.length > 0)
    groups.push({
      label: { key: moves.down.length > 0 ? 'moved.upAlso' : 'moved.up' },
      links: links(moves.up),
    });
  return groups;
}

/**
 * Says what moved across the line after every undoable step of this window (an edit, a force,
 * a funding switch, a frame change, and undo or redo too). It watches the store from outside
 * the history slice: its step mark going up marks a step; the next new data (the step's rows
 * put into the loaded programme, shown before the write commits) is compared with the planning
 * before it. Data that
 * changes without a step (another window, a reload) only moves the baseline. A notice the step
 * itself showed ("Ongedaan gemaakt: …") keeps its message and gets the lists added.
 */
export function watchLineMoves(store: KoersStore): () => void {
  let baseline = aboveOf(store.getState());
  let stepPending = false;
  let noticeBefore: number | null = null;
  return store.subscribe((state, prev) => {
    if (state.stepMark !== prev.stepMark) {
      if (!stepPending) noticeBefore = prev.notice?.id ?? null;
      stepPending = true;
    }
    if (state.data === prev.data) return;
    const now = aboveOf(state);
    const was = baseline;
    baseline = now;
    if (!stepPending) return;
    stepPending = false;
    if (!was || !now || was.programmeId !== now.programmeId || was.scenarioId !== now.scenarioId)
      return;
    const byId = new Map<string, string>(state.data?.activities.map((a) => [a.id, a.title]) ?? []);
    // An activity added or deleted by the step is not "moved": only those on both sides.
    const both = lineMoves(was.above, now.above);
    const moves = {
      down: both.down.filter((id) => byId.has(id)),
      up: both.up.filter((id) => was.known.has(id)),
    };
    if (moves.down.length === 0 && moves.up.length === 0) return;
    const groups = moveGroups(moves, (id) => byId.get(id) ?? id);
    const since = noticeBefore;
    // After the step has said what it says (undo and redo name themselves after writing).
    queueMicrotask(() => {
      const s = store.getState();
      const own = s.notice !== null && s.notice.id !== since && s.notice.tone === 'info';
      const message: Message = own && s.notice ? s.notice.message : { key: 'moved.title' };
      s.showNotice(message, 'info', own && s.notice ? s.notice.undoSeq : null, groups);
    });
  });
}
