import { versionSnapshot } from '../../../shared/file/version-content';
import type { Version } from '../../../shared/domain/versions';
import { sharedProgrammeData, type ProgrammeData } from '../../db/repositories/programme-data';
import type { DataSlice, SliceCreator } from '../types';
import { withScenario } from './scenario-slice';

/**
 * What the screens show for the programme as stored: the version looked at, when it is one of
 * this programme's and can be read, else the programme itself (and then nothing is looked at).
 * The version's content is shown as frozen; only the programme's life-cycle state (adopted,
 * closed), which happens to the programme after the version was saved, is the programme's own,
 * so the header says "Vastgesteld …" while the adopted version is looked at.
 */
export function shownData(
  live: ProgrammeData | null,
  versions: readonly Version[],
  viewingVersionId: string | null,
): { readonly data: ProgrammeData | null; readonly viewingVersionId: string | null } {
  if (viewingVersionId === null || live === null) return { data: live, viewingVersionId: null };
  const version = versions.find((v) => v.id === viewingVersionId);
  if (version?.programmeId !== live.programme.id) return { data: live, viewingVersionId: null };
  const snapshot = versionSnapshot(version);
  if (!snapshot.ok) return { data: live, viewingVersionId: null };
  const { adoption, closedOn } = live.programme;
  const frozen = snapshot.value;
  // The same object while nothing changes, so the plan of the version stays cached.
  const same = frozen.programme.adoption === adoption && frozen.programme.closedOn === closedOn;
  return {
    data: same ? frozen : withLifeCycle(frozen, adoption, closedOn),
    viewingVersionId,
  };
}

const lifeCycled = new WeakMap<ProgrammeData, Map<string, ProgrammeData>>();

/** The version's snapshot with the programme's life-cycle state put in, cached per state. */
function withLifeCycle(
  frozen: ProgrammeData,
  adoption: ProgrammeData['programme']['adoption'],
  closedOn: ProgrammeData['programme']['closedOn'],
): ProgrammeData {
  const key = JSON.stringify([adoption, closedOn]);
  const known = lifeCycled.get(frozen) ?? new Map<string, ProgrammeData>();
  lifeCycled.set(frozen, known);
  const cached = known.get(key);
  if (cached) return cached;
  const programme = { ...frozen.programme, adoption, closedOn };
  const shown: ProgrammeData = {
    ...frozen,
    programme,
    programmes: frozen.programmes.map((p) => (p.id === programme.id ? programme : p)),
  };
  known.set(key, shown);
  return shown;
}

/**
 * Holds the loaded programme (the database watcher replaces it on every change) and the saved
 * versions; `data` is what the screens show, the programme or a version looked at (one place,
 * so every screen shows a version the same way).
 */
export const createDataSlice: SliceCreator<DataSlice> = () => (set, get) => ({
  data: null,
  liveData: null,
  versions: [],
  loadError: null,
  setData: (incoming) => {
    const s = get();
    // Unchanged parts keep their objects; a re-read that changes nothing (the watcher's echo of
    // a write already patched in) changes nothing. The same object again means "show anew".
    const liveData = sharedProgrammeData(s.liveData, incoming);
    if (liveData === s.liveData && incoming !== s.liveData && s.loadError === null) return;
    const shown = shownData(liveData, s.versions, s.viewingVersionId);
    // A scenario open (issue 12) is shown instead of the programme, as a version is.
    set({
      liveData,
      loadError: null,
      ...shown,
      ...withScenario({ ...s, ...shown }, liveData, shown.data),
    });
    void get().refreshSelection();
  },
  setVersions: (list) => {
    // A stored version never changes: keep the objects already read, so their snapshots stay cached.
    const known = new Map(get().versions.map((v) => [v.id, v]));
    const versions = list.map((v) => known.get(v.id) ?? v);
    set({ versions });
    const s = get();
    if (s.viewingVersionId !== null && !versions.some((v) => v.id === s.viewingVersionId))
      s.setData(s.liveData);
  },
  setLoadError: (loadError) => {
    set({ loadError });
  },
  importProgress: null,
  setImportProgress: (importProgress) => {
    set({ importProgress });
  },
});
