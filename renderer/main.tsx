import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { openDatabase } from './db/open';
import { watchProgrammeData } from './db/live';
import { createKoersStore, StoreContext } from './state/store';
import './styles.css';
import { loadSolver } from './state/solver';
import { getHost } from './platform/host';

/** Opens the database, starts watching the programme, and mounts the app. */
async function start(): Promise<void> {
  const rootElement = document.getElementById('root');
  if (!rootElement) return;
  const root = createRoot(rootElement);
  const db = await openDatabase();
  const store = createKoersStore({
    db,
    newId: () => crypto.randomUUID(),
    now: () => Date.now(),
    loadSolver,
  });
  let stop = (): void => undefined;
  const watch = (programmeId: string | null): void => {
    stop();
    stop = watchProgrammeData(
      db,
      programmeId,
      (data) => {
        store.getState().setData(data);
      },
      (error: unknown) => {
        store.getState().setLoadError({ key: 'error.load', params: { reason: String(error) } });
      },
    );
  };
  const host = getHost();
  void host.appVersion().then((v) => {
    store.getState().setAppVersion(v);
  });
  watch(store.getState().programmeId);
  store.subscribe((state, prev) => {
    if (state.programmeId !== prev.programmeId) watch(state.programmeId);
  });
  root.render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </StrictMode>,
  );
}

void start();
