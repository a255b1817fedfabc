import { useId, useMemo, useState } from 'react';
import { baseSnapshotOf, scenarioSnapshot } from '../../state/scenario-mode';
import { ScenarioCompare } from './compare/ScenarioCompare';
import { baseLabel } from './labels';
import { formatNumber } from '../../../shared/format/nl';
import { t } from '../../components/i18n';
import { useKoers } from '../../state/store';

/** Most scenarios compared side by side with the base (issue 12). */
export const MAX_COMPARED = 4;

/**
 * *Vergelijk scenario's*: the scenarios of the programme with a checkbox each, up to four
 * picked, and below it the comparison (`ScenarioCompare`) of those, in the order of the list,
 * with their common base (or the programme as it is now when their bases differ).
 */
export function ComparePicker() {
  const scenarios = useKoers((s) => s.scenarios);
  const [picked, setPicked] = useState<readonly string[]>([]);
  const id = useId();
  const chosen = scenarios.filter((x) => picked.includes(x.id)).map((x) => x.id);
  const full = chosen.length >= MAX_COMPARED;
  const live = useKoers((s) => s.liveData);
  const versions = useKoers((s) => s.versions);
  const navigate = useKoers((s) => s.navigate);
  const openActivity = useKoers((s) => s.openActivity);
  const openScenario = useKoers((s) => s.openScenario);
  const key = chosen.join(' ');
  // The base column: the scenarios' common base, else the programme as it is now.
  const compared = useMemo(() => {
    const rows = scenarios.filter((x) => chosen.includes(x.id));
    const first = rows[0];
    if (!live || !first) return null;
    const common = rows.every((x) => JSON.stringify(x.base) === JSON.stringify(first.base));
    const base = common ? baseSnapshotOf(first.base, live, versions) : null;
    return {
      base:
        common && base?.ok
          ? { label: capitalise(baseLabel(first, versions)), snapshot: base.value }
          : { label: capitalise(t('scenario.base.programme')), snapshot: live },
      scenarios: rows.flatMap((x) => {
        const snapshot = scenarioSnapshot(x, live, versions);
        return snapshot ? [{ id: x.id, label: x.name, snapshot }] : [];
      }),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names the chosen ids
  }, [key, scenarios, live, versions]);
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
      {compared ? (
        <ScenarioCompare
          base={compared.base}
          scenarios={compared.scenarios}
          onOpenActivity={(activityId) => {
            openScenario(null);
            navigate('programme');
            openActivity(activityId);
          }}
        />
      ) : null}
    </section>
  );
}

/** The first letter as a capital ("het programma nu" → "Het programma nu"). */
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
