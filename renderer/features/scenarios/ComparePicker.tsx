import { useId, useState } from 'react';
import { formatNumber } from '../../../shared/format/nl';
import { t } from '../../components/i18n';
import { useKoers } from '../../state/store';

/** Most scenarios compared side by side with the base (issue 12). */
export const MAX_COMPARED = 4;

/**
 * *Vergelijk scenario's*: the scenarios of the programme with a checkbox each, up to four
 * picked. The comparison itself (`ScenarioCompare`, built apart) is mounted below the picker by
 * the integrator, given the ids picked (in the order of the list).
 */
export function ComparePicker() {
  const scenarios = useKoers((s) => s.scenarios);
  const [picked, setPicked] = useState<readonly string[]>([]);
  const id = useId();
  const chosen = scenarios.filter((x) => picked.includes(x.id)).map((x) => x.id);
  const full = chosen.length >= MAX_COMPARED;
  return (
    <section className="card card--wide scenario-compare" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('scenario.compare')}</h2>
      {scenarios.length === 0 ? (
        <p>{t('scenario.empty')}</p>
      ) : (
        <fieldset className="scenario-compare__pick">
          <legend>{t('scenario.compareHint')}</legend>
          {scenarios.map((x) => {
            const on = chosen.includes(x.id);
            return (
              <label key={x.id}>
                <input
                  type="checkbox"
                  checked={on}
                  disabled={!on && full}
                  aria-describedby={!on && full ? `${id}-max` : undefined}
                  onChange={(e) => {
                    const checked = e.target.checked;
                    setPicked((now) =>
                      checked
                        ? [...now.filter((p) => p !== x.id), x.id]
                        : now.filter((p) => p !== x.id),
                    );
                  }}
                />{' '}
                {t('scenario.comparePick', { name: x.name })}
              </label>
            );
          })}
          <p className="muted small" role="status">
            {t('scenario.comparePicked', { count: formatNumber(chosen.length) })}
          </p>
          {full ? (
            <p className="muted small" id={`${id}-max`}>
              {t('scenario.compareMax')}
            </p>
          ) : null}
        </fieldset>
      )}
      {/* INTEGRATOR (issue 12, CMP): mount the comparison here, e.g.
          {chosen.length > 0 ? <ScenarioCompare scenarioIds={chosen} /> : null} */}
    </section>
  );
}
