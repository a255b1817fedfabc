import type { DataSlice, SliceCreator } from '../types';

/** Holds the loaded programme; the database watcher replaces it on every change. */
export const createDataSlice: SliceCreator<DataSlice> = () => (set, get) => ({
  data: null,
  loadError: null,
  setData: (data) => {
    set({ data, loadError: null });
    void get().refreshSelection();
  },
  setLoadError: (loadError) => {
    set({ loadError });
  },
});
