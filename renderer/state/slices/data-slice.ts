import { versionSnapshot } from '../../../shared/file/version-content';
import type { Version } from '../../../shared/domain/versions';
import type { ProgrammeData } from '../../db/repositories/programme-data';
import type { DataSlice, SliceCreator } from '../types';

/**
 * What the screens show for the programme as stored: the version looked at, when it is one of
 * this programme's and can be read, else the programme itself (and then nothing is looked at).
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
  return snapshot.ok
    ? { data: snapshot.value, viewingVersionId }
    : { data: live, viewingVersionId: null };
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
  setData: (liveData) => {
    const s = get();
    set({ liveData, loadError: null, ...shownData(liveData, s.versions, s.viewingVersionId) });
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
});
