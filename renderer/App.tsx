import { useEffect, useSyncExternalStore } from 'react';
import { currentLanguage, onLanguageChange } from '../shared/i18n/language';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { OrganisationScreen } from './features/organisation/OrganisationScreen';
import { ProgrammeScreen } from './features/programme/ProgrammeScreen';
import { CapacityScreen } from './features/capacity/CapacityScreen';
import { BudgetScreen } from './features/budget/BudgetScreen';
import { DataScreen } from './features/data/DataScreen';
import { VersionsScreen } from './features/versions/VersionsScreen';
import { DecisionsScreen } from './features/decisions/DecisionsScreen';
import { ScenariosScreen } from './features/scenarios/ScenariosScreen';
import { YearEndScreen } from './features/year-end/YearEndScreen';
import { ScenarioBanner, ScenarioOffer } from './features/scenarios/ScenarioBanner';
import { ProgrammeSwitcher } from './features/life-cycle/ProgrammeSwitcher';
import { VersionBanner } from './features/life-cycle/VersionBanner';
import { AmendmentDialog } from './features/life-cycle/AmendmentDialog';
import { AmendmentBar } from './features/life-cycle/AmendmentBar';
import { t } from './components/i18n';
import { NoticeBar } from './components/NoticeBar';
import { HistoryButtons } from './components/HistoryButtons';
import { SaveState } from './components/SaveState';
import { ScreenBoundary } from './components/ErrorBoundary';
import { RecoveryScreen } from './components/RecoveryScreen';
import { useKoers } from './state/store';
import { useUndoKeys, useUnloadGuard } from './components/undo-keys';
import type { Route } from './state/types';

const ROUTES: readonly { route: Route; label: Parameters<typeof t>[0] }[] = [
  { route: 'programme', label: 'nav.programme' },
  { route: 'capacity', label: 'nav.capacity' },
  { route: 'budget', label: 'nav.budget' },
  { route: 'versions', label: 'nav.versions' },
  { route: 'decisions', label: 'nav.decisions' },
  { route: 'scenarios', label: 'nav.scenarios' },
  { route: 'year-end', label: 'nav.yearEnd' },
  { route: 'organisation', label: 'nav.organisation' },
  { route: 'data', label: 'nav.data' },
  { route: 'settings', label: 'nav.settings' },
];

/**
 * The window in the current language: a switch draws it anew (every text, number and date is
 * written at render time, some inside memos), while the store, and so the data, the screen and
 * the undo history, stays as it is.
 */
export function LanguageRoot() {
  const language = useSyncExternalStore(onLanguageChange, currentLanguage);
  return <App key={language} />;
}

/** The window: skip link, header with undo/redo, navigation, the current screen, notices. */
export function App() {
  const data = useKoers((s) => s.data);
  const loadError = useKoers((s) => s.loadError);
  const route = useKoers((s) => s.route);
  const navigate = useKoers((s) => s.navigate);
  const undo = useKoers((s) => s.undo);
  const redo = useKoers((s) => s.redo);
  const version = useKoers((s) => s.appVersion);

  useUndoKeys(undo, redo);
  useUnloadGuard();

  useEffect(() => {
    document.title = data ? `${data.programme.name} · ${t('app.name')}` : t('app.name');
  }, [data]);

  if (loadError) return <RecoveryScreen error={loadError} />;
  if (!data)
    return (
      <p className="loading" role="status">
        {t('loading')}
      </p>
    );

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="app__header">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">{t('app.name')}</span>
          <span className="brand__org">{data.organisation.shortName}</span>
        </div>
        <ProgrammeSwitcher />
        <div className="app__history" role="group" aria-label={t('history.undo')}>
          <SaveState />
          <HistoryButtons />
        </div>
      </header>
      <nav className="app__nav" aria-label={t('nav.label')}>
        <ul>
          {ROUTES.map((r) => (
            <li key={r.route}>
              <button
                type="button"
                className="nav-link"
                aria-current={route === r.route ? 'page' : undefined}
                onClick={() => {
                  navigate(r.route);
                }}
              >
                {t(r.label)}
              </button>
            </li>
          ))}
        </ul>
        <p className="app__version">{t('app.version', { version })}</p>
      </nav>
      <main id="main" className="app__main" tabIndex={-1}>
        <VersionBanner />
        <ScenarioBanner />
        <ScenarioOffer />
        <AmendmentBar />
        {data.programme.illustrative ? (
          <p className="banner banner--demo">{t('app.illustrative')}</p>
        ) : null}
        <ScreenBoundary key={route}>
          {route === 'programme' ? <ProgrammeScreen /> : null}
          {route === 'capacity' ? <CapacityScreen /> : null}
          {route === 'budget' ? <BudgetScreen /> : null}
          {route === 'organisation' ? <OrganisationScreen /> : null}
          {route === 'versions' ? <VersionsScreen /> : null}
          {route === 'scenarios' ? <ScenariosScreen /> : null}
          {route === 'data' ? <DataScreen /> : null}
          {route === 'decisions' ? <DecisionsScreen /> : null}
          {route === 'year-end' ? <YearEndScreen /> : null}
          {route === 'settings' ? <SettingsScreen /> : null}
        </ScreenBoundary>
      </main>
      <NoticeBar />
      <AmendmentDialog />
    </div>
  );
}
