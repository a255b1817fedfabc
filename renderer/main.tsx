import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LanguageRoot } from './App';
import { startLanguageSetting } from './platform/language';
import { OpenRefused, openDatabase, UpgradeFailed } from './db/open';
import { translate } from '../shared/i18n/translate';
import { watchProgrammeData, watchVersions } from './db/live';
import { watchReview } from './db/live-review';
import { watchScenarios } from './db/live-scenarios';
import { UnreadableRow } from './db/repositories/unreadable';
import { createKoersStore, StoreContext } from './state/store';
import { watchLineMoves } from './state/line-moves';
import './styles.css';
import { workerSolverClient } from './state/solver/worker-client';
import { getHost } from './platform/host';
import { liveOwners, windowOwner } from './platform/window-identity';
import { Journal } from './state/journal';
import { planInSteps } from './state/plan-steps';
import { startBackups } from './state/start-backups';

/** Where this window keeps the programme it shows, so a reload keeps the choice (per window). */
const PROGRAMME_KEY = 'koers:programmeId';

/** The programme this window showed before a reload (null: the default one). */
function chosenProgramme(): string | null {
  try {
    return sessionStorage.getItem(PROGRAMME_KEY);
  } catch {
    return null;
  }
}

/** Remembers the programme this window shows. */
function rememberProgramme(id: string | null): void {
  try {
    if (id === null) sessionStorage.removeItem(PROGRAMME_KEY);
    else sessionStorage.setItem(PROGRAMME_KEY, id);
  } catch {
    // Storage refused (a private window): the choice lasts until the reload.
  }
}

/** An error in its own words for a load message (a text, not a figure to format). */
function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  // eslint-disable-next-line no-restricted-syntax
  return String(error);
}

/** Opens the database, starts watching the programme, and mounts the app. */
async function start(): Promise<void> {
  const rootElement = document.getElementById('root');
  if (!rootElement) return;
  const root = createRoot(rootElement);
  const host = getHost();
  // Before the first text is written: the language chosen on this computer, or the system's.
  startLanguageSetting(host);
  let db: Awaited<ReturnType<typeof openDatabase>>;
  try {
    db = await openDatabase(host, () => {
      store.getState().setLoadError({ key: 'error.otherWindow' });
    });
  } catch (error) {
    const key = error instanceof UpgradeFailed ? 'error.upgrade' : 'error.open';
    root.render(
      <p role="alert" className="load-error">
        {error instanceof OpenRefused
          ? error.message
          : translate(key, { reason: errorText(error) })}
      </p>,
    );
    return;
  }
  const owner = await windowOwner();
  const store = createKoersStore({
    host,
    db,
    newId: () => crypto.randomUUID(),
    now: () => Date.now(),
    solver: workerSolverClient(),
    owner,
    liveOwners,
    journal: new Journal(localStorage, owner),
  });
  // The undo steps of earlier starts, and what the journal holds that never reached the disk.
  try {
    await store.getState().recover();
  } catch (error) {
    // The history or the journal could not be read back: the data itself is fine; say so and go on.
    store.getState().showNotice(
      {
        key: 'error.recover',
        params: { reason: errorText(error) },
      },
      'error',
    );
  }
  /** Every watcher's failure to read: an unreadable row in Dutch words, else the reason. */
  const loadFailed = (error: unknown): void => {
    store
      .getState()
      .setLoadError(
        error instanceof UnreadableRow
          ? error.dutch
          : { key: 'error.load', params: { reason: errorText(error) } },
      );
  };
  let stop = (): void => undefined;
  /** Which watcher is the current one: data a stopped one was still preparing is dropped. */
  let watching = 0;
  const watch = (programmeId: string | null): void => {
    stop();
    const own = (watching += 1);
    stop = watchProgrammeData(
      db,
      programmeId,
      async (data) => {
        // Rows new to the plan (another window's import) are planned in steps while the data
        // on screen stays usable. The first data is shown at once: there is nothing on screen
        // yet, and the steps only delayed it (a cold start of 20.000 rows by ~0,5 s).
        const shown = store.getState().liveData;
        if (shown !== null) await planInSteps(data, shown.activities);
        if (own === watching) store.getState().setData(data);
      },
      loadFailed,
      store.getState().programmeTrail,
    );
  };
  void host.appVersion().then((v) => {
    store.getState().setAppVersion(v);
  });
  store.setState({ programmeId: chosenProgramme() });
  watch(store.getState().programmeId);
  // The saved versions (issue 10): listed on the Versies screen, shown instead of the programme.
  watchVersions(
    db,
    (versions) => {
      store.getState().setVersions(versions);
    },
    loadFailed,
  );
  // The scenarios (issue 12): listed on the Scenario's screen, one open instead of the programme.
  watchScenarios(
    db,
    (scenarios) => {
      store.getState().setScenarios(scenarios);
    },
    loadFailed,
  );
  // A full backup at the first start of each day, where the host keeps backups; a notice when
  // they are kept in the app's own folder because Documents could not be written.
  void startBackups(host, store, new Date().toISOString().slice(0, 10));
  // After every step: what crossed the line, in either direction (issue 9).
  watchLineMoves(store);
  // The decisions and comments of the programme loaded (issue 12), watched anew when it changes.
  let stopReview = (): void => undefined;
  let reviewed: string | null | undefined;
  const watchReviewOf = (programmeId: string | null): void => {
    if (programmeId === reviewed) return;
    reviewed = programmeId;
    stopReview();
    stopReview = watchReview(
      db,
      programmeId,
      (rows) => {
        store.getState().setReview(rows.programmeId, rows.decisions, rows.comments);
      },
      loadFailed,
    );
  };
  watchReviewOf(store.getState().liveData?.programme.id ?? null);
  store.subscribe((state) => {
    watchReviewOf(state.liveData?.programme.id ?? null);
  });
  store.subscribe((state, prev) => {
    if (state.programmeId === prev.programmeId) return;
    rememberProgramme(state.programmeId);
    watch(state.programmeId);
  });
  root.render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <LanguageRoot />
      </StoreContext.Provider>
    </StrictMode>,
  );
}

void start();
