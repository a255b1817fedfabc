import { versionSnapshot } from '../../../shared/file/version-content';
import type { Filters, SliceCreator, UiSlice } from '../types';

/** No filter at all. */
export const NO_FILTERS: Filters = {
  text: '',
  domainId: null,
  themeId: null,
  kind: null,
  status: null,
  line: null,
};

let noticeId = 0;

/** Where the user is: screen, filters, sort, the open activity, the current notice. */
export const createUiSlice: SliceCreator<UiSlice> = () => (set, get) => ({
  appVersion: '',
  backupsVersion: 0,
  bumpBackups: () => {
    set((s) => ({ backupsVersion: s.backupsVersion + 1 }));
  },
  setAppVersion: (appVersion) => {
    set({ appVersion });
  },
  route: 'programme',
  programmeId: null,
  programmeTrail: [],
  viewingVersionId: null,
  viewVersion: (viewingVersionId) => {
    const version = get().versions.find((v) => v.id === viewingVersionId);
    if (viewingVersionId !== null) {
      const snapshot = version ? versionSnapshot(version) : null;
      if (!snapshot?.ok) {
        get().showNotice(snapshot?.error ?? { key: 'version.notFound' }, 'error');
        return false;
      }
    }
    set({ viewingVersionId, openActivityId: null });
    // The data slice shows the version (or the programme again) for every screen.
    get().setData(get().liveData);
    return get().viewingVersionId === viewingVersionId;
  },
  filters: NO_FILTERS,
  sort: { column: 'order', direction: 'asc' },
  openActivityId: null,
  notice: null,
  editing: {},
  setEditing: (slot, state) => {
    set((s) => {
      const now = s.editing[slot];
      if (state === null)
        return now === undefined
          ? s
          : { editing: Object.fromEntries(Object.entries(s.editing).filter(([k]) => k !== slot)) };
      if (now?.label === state.label && now.valid === state.valid) return s;
      return { editing: { ...s.editing, [slot]: state } };
    });
  },
  navigate: (route) => {
    set({ route, openActivityId: null });
  },
  setFilter: (key, value) => {
    set((s) => ({ filters: { ...s.filters, [key]: value } }));
  },
  clearFilters: () => {
    set({ filters: NO_FILTERS });
  },
  sortBy: (column) => {
    set((s) => ({
      sort: {
        column,
        direction: s.sort.column === column && s.sort.direction === 'asc' ? 'desc' : 'asc',
      },
    }));
  },
  openActivity: (openActivityId) => {
    set({ openActivityId });
  },
  chooseProgramme: (programmeId) => {
    // Another programme: nothing open, no filters, and a new reason asked for its amendments.
    // The one left is remembered: when the chosen one goes (an undo), the window returns there.
    const left = get().liveData?.programme.id ?? get().programmeId;
    set({
      programmeTrail: [...get().programmeTrail.filter((id) => id !== left), ...(left ? [left] : [])]
        .filter((id) => id !== programmeId)
        .slice(-10),
      programmeId,
      openActivityId: null,
      filters: NO_FILTERS,
      amendReason: null,
      amendScope: null,
    });
  },
  showNotice: (message, tone = 'info', undoSeq = null, groups) => {
    noticeId += 1;
    set({ notice: { message, tone, undoSeq, id: noticeId, ...(groups ? { groups } : {}) } });
  },
  dismissNotice: () => {
    set({ notice: null });
  },
});
