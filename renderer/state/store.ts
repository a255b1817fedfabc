import { createStore, useStore, type StoreApi } from 'zustand';
import { createCommandsSlice } from './slices/commands-slice';
import { createDataSlice } from './slices/data-slice';
import { createHistorySlice } from './slices/history-slice';
import { createUiSlice } from './slices/ui-slice';
import { createSelectionSlice } from './slices/selection-slice';
import { createRescueSlice } from './slices/rescue-slice';
import { createReviewSlice } from './slices/review-slice';
import { createScenarioSlice } from './slices/scenario-slice';
import type { KoersState, StoreDeps } from './types';
import { readAuthor } from '../platform/settings';
import { Journal, memoryStorage } from './journal';
import { createContext, useContext } from 'react';

/** The one store of the app, made of slices (STYLE.md, convention 6). */
export type KoersStore = StoreApi<KoersState>;

/** What a store needs; a window's identity and journal default to a lone window in memory. */
export type StoreInput = Omit<StoreDeps, 'owner' | 'liveOwners' | 'journal' | 'author'> &
  Partial<Pick<StoreDeps, 'owner' | 'liveOwners' | 'journal' | 'author'>>;

/** Creates the store over a database, an id source and a clock (tests pass their own). */
export function createKoersStore(input: StoreInput): KoersStore {
  const owner = input.owner ?? 'venster';
  const deps: StoreDeps = {
    ...input,
    owner,
    liveOwners: input.liveOwners ?? (() => Promise.resolve(new Set<string>())),
    journal: input.journal ?? new Journal(memoryStorage(), owner),
    author: input.author ?? readAuthor,
  };
  return createStore<KoersState>()((...a) => ({
    ...createDataSlice(deps)(...a),
    ...createUiSlice(deps)(...a),
    ...createHistorySlice(deps)(...a),
    ...createCommandsSlice(deps)(...a),
    ...createSelectionSlice(deps)(...a),
    ...createRescueSlice(deps)(...a),
    ...createReviewSlice(deps)(...a),
    ...createScenarioSlice(deps)(...a),
  }));
}

/** Provides the store to the component tree. */
export const StoreContext = createContext<KoersStore | null>(null);

/** Selects from the store; components read only through selectors. */
export function useKoers<T>(selector: (state: KoersState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext ontbreekt');
  return useStore(store, selector);
}

/**
 * The store's commands, without subscribing to changes: commands are stable functions, so a
 * component that only calls them need not re-render on every keystroke elsewhere.
 */
export function useCommands(): KoersState {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext ontbreekt');
  return store.getState();
}
