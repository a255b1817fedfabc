import { useEffect, useRef } from 'react';
import { t } from '../../components/i18n';
import { useKoers } from '../../state/store';
import { baseLabel } from './labels';

/**
 * While a scenario is open, on every screen: which scenario, on which base, that edits change
 * only the scenario, and how to close it. It takes focus when it appears (the person just opened
 * the scenario), and gives it to the screen when they close it.
 */
export function ScenarioBanner() {
  const scenario = useKoers((s) => s.scenarios.find((x) => x.id === s.openScenarioId));
  const versions = useKoers((s) => s.versions);
  const openScenario = useKoers((s) => s.openScenario);
  const close = useRef<HTMLButtonElement>(null);
  const id = scenario?.id;
  useEffect(() => {
    if (id !== undefined) close.current?.focus();
  }, [id]);
  if (!scenario) return null;
  return (
    <div className="banner banner--scenario">
      <p role="status">
        {t('scenario.banner', { name: scenario.name, base: baseLabel(scenario, versions) })}
      </p>
      <button
        type="button"
        className="button"
        ref={close}
        onClick={() => {
          openScenario(null);
          document.getElementById('main')?.focus();
        }}
      >
        {t('scenario.close')}
      </button>
    </div>
  );
}

/**
 * The quick scenario just made (from a force, *Wat als*, the taakstelling or the best
 * selection): says the programme stayed as it is, and offers to open it.
 */
export function ScenarioOffer() {
  const offer = useKoers((s) => s.scenarioOffer);
  const openScenario = useKoers((s) => s.openScenario);
  const dismiss = useKoers((s) => s.dismissScenarioOffer);
  return (
    <div className="scenario-offer" role="status">
      {offer ? (
        <div className="banner banner--scenario-offer">
          <p>{t('scenario.offer', { name: offer.name })}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                openScenario(offer.id);
              }}
            >
              {t('scenario.offerOpen')}
            </button>
            <button type="button" className="button" onClick={dismiss}>
              {t('scenario.offerDismiss')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
