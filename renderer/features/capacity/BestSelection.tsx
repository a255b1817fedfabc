import { forceMany } from '../../state/commands/calls';
import type { Activity, Team } from '../../../shared/domain/schemas';
import { useId, useState, type SyntheticEvent } from 'react';
import {
  formatHours,
  formatNumber,
  formatNumberInput,
  formatPercent,
  formatScore,
  parseDutchNumber,
} from '../../../shared/format/nl';
import type { Selection } from '../../../shared/planning/selection';
import { isNews } from './best-news';
import { adoptionForces, teamHoursOf } from '../../../shared/planning/adopt';
import { t } from '../../components/i18n';
import type { PlanningView } from '../../state/planning';
import { useKoers } from '../../state/store';
import { ReasonAction } from './ReasonForm';
import { useQuickAlso } from '../scenarios/quick';
import { SOLVER_SETTING_RANGES, type SolverSettings } from '../../platform/solver-settings';

/**
 * A proven gap in words, rounded up so "binnen" stays true: one decimal from 0,1% (`0,4%`), two
 * below it (`0,05%`).
 */
export function formatGap(gap: number): string {
  if (gap >= 0.001) return formatPercent(Math.ceil(gap * 1000 - 1e-9) / 1000);
  return `${formatNumber(Math.max(0.01, Math.ceil(gap * 10000 - 1e-9) / 100))}%`;
}

/** How close to the optimum a selection is proven, in words. */
function proof(result: Selection, settings: SolverSettings, final: boolean): string {
  if (!final) return t('line.bestSoFar', { gap: formatGap(result.gap) });
  if (result.gap <= 0) return t('line.bestOptimal');
  const within = t('line.bestWithin', { gap: formatGap(result.gap) });
  return result.status === 'limit'
    ? `${within} ${t('line.bestTimeLimit', { seconds: formatNumber(settings.timeLimitSeconds) })}`
    : within;
}

/** The settings a field edits, in the unit the person types (percent for the gap). */
const FIELDS = [
  { key: 'debounceMs', label: 'line.solverDebounce', scale: 1 },
  { key: 'timeLimitSeconds', label: 'line.solverTimeLimit', scale: 1 },
  { key: 'relativeGap', label: 'line.solverGap', scale: 100 },
] as const;

/**
 * "Rekeninstellingen": how long after an edit the selection is computed, how long it may
 * search, how close to the optimum is close enough; kept on this computer. An invalid number
 * says so beside its field and changes nothing.
 */
function SolverSettingsForm() {
  const settings = useKoers((s) => s.solverSettings);
  const save = useKoers((s) => s.setSolverSettings);
  const id = useId();
  const [text, setText] = useState<Record<string, string> | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const shown = (key: (typeof FIELDS)[number]['key'], scale: number) =>
    text?.[key] ?? formatNumberInput(settings[key] * scale);
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: Record<string, number> = {};
    const wrong: Record<string, string> = {};
    for (const f of FIELDS) {
      const value = parseDutchNumber(shown(f.key, f.scale));
      const { min, max } = SOLVER_SETTING_RANGES[f.key];
      if (value === null || value / f.scale < min || value / f.scale > max)
        wrong[f.key] = t('line.solverRange', {
          min: formatNumber(min * f.scale),
          max: formatNumber(max * f.scale),
        });
      else next[f.key] = value / f.scale;
    }
    setErrors(wrong);
    if (Object.keys(wrong).length > 0) return;
    save({ ...settings, ...next });
    setText(null);
  };
  return (
    <details className="solver-settings">
      <summary>{t('line.solverSettings')}</summary>
      <form onSubmit={submit} noValidate>
        <p className="muted small">{t('line.solverSettingsHint')}</p>
        {FIELDS.map((f) => (
          <div className={errors[f.key] ? 'field field--invalid' : 'field'} key={f.key}>
            <label htmlFor={`${id}-${f.key}`}>{t(f.label)}</label>
            <input
              id={`${id}-${f.key}`}
              type="text"
              inputMode="decimal"
              value={shown(f.key, f.scale)}
              aria-invalid={errors[f.key] ? true : undefined}
              aria-describedby={errors[f.key] ? `${id}-${f.key}-error` : undefined}
              onChange={(e) => {
                setText({ ...(text ?? {}), [f.key]: e.target.value });
              }}
            />
            {errors[f.key] ? (
              <p className="field__error" id={`${id}-${f.key}-error`}>
                {errors[f.key]}
              </p>
            ) : null}
          </div>
        ))}
        <button type="submit" className="button">
          {t('line.solverApply')}
        </button>
      </form>
    </details>
  );
}

/**
 * The best selection (HiGHS) against the line: its score, what it adds and drops, the hours it
 * plans more or less per team, and adopting it as forces with a reason in one undoable step.
 */
export function BestSelection(props: {
  planning: PlanningView;
  activities: readonly Activity[];
  teams: readonly Team[];
  fillScore: number;
}) {
  const { planning } = props;
  // The answer found, kept while a newer problem is solved (stale: marked, not adoptable).
  const found = useKoers((s) => s.selection);
  const current = useKoers((s) => s.selection?.data === s.data);
  const busy = useKoers((s) => s.selectionBusy);
  const failed = useKoers((s) => s.selectionFailed);
  const settings = useKoers((s) => s.solverSettings);
  const forceWithDecisions = useKoers((s) => s.forceWithDecisions);
  const known = new Set(planning.candidates.map((c) => c.id));
  const behind = found !== null && !isNews(found, props.fillScore);
  const selection =
    found && !behind
      ? {
          ...found.result,
          selected: new Set([...found.result.selected].filter((id) => known.has(id))),
        }
      : null;
  const stale = found !== null && !current;
  const title = (id: string) => props.activities.find((a) => a.id === id)?.title ?? id;
  const teamName = (id: string) => props.teams.find((x) => x.id === id)?.name ?? id;
  const aboveIds = new Set(planning.line.entries.filter((e) => e.above).map((e) => e.id));
  const bestIn = selection ? [...selection.selected].filter((id) => !aboveIds.has(id)) : [];
  const bestOut = selection ? [...aboveIds].filter((id) => !selection.selected.has(id)) : [];

  /** The forces that make the line the best selection, with the reason, as one command. */
  const adoptCall = (reason: string) => {
    if (!selection) return null;
    return forceMany(adoptForces(reason));
  };
  /** The forces that make the line the best selection, each with the reason. */
  const adoptForces = (reason: string) => {
    if (!selection) return [];
    const forces = adoptionForces(planning.candidates, planning.space, selection.selected, {
      strict: planning.settings.strict,
    });
    return [
      ...forces.forceIn.map((id) => [id, { mode: 'in' as const, reason }] as const),
      ...forces.forceOut.map((id) => [id, { mode: 'out' as const, reason }] as const),
    ];
  };
  // Issue 12: the best selection's forces as a scenario, the programme as it is.
  const also = useQuickAlso(() => t('scenario.quick.best'), adoptCall);

  let status: string;
  if (failed) status = t('line.bestFailed');
  else if (!found || behind) status = t('line.bestBusy');
  else if (stale || (busy && found.final)) status = t('line.bestStale');
  else status = proof(found.result, settings, found.final);

  let body;
  if (!selection) body = null;
  else if (bestIn.length === 0 && bestOut.length === 0)
    body = <p>{t('line.bestSame', { score: formatScore(props.fillScore) })}</p>;
  else {
    const fillHours = teamHoursOf(planning.candidates, aboveIds);
    const bestHours = teamHoursOf(planning.candidates, selection.selected);
    const gains = [...new Set([...fillHours.keys(), ...bestHours.keys()])]
      .map((team) => ({
        team,
        fill: fillHours.get(team) ?? 0,
        best: bestHours.get(team) ?? 0,
      }))
      .filter((g) => Math.abs(g.best - g.fill) >= 0.5)
      .sort((a, b) => b.best - b.fill - (a.best - a.fill));
    const adopt = async (reason: string) => {
      await forceWithDecisions(adoptForces(reason), [], { key: 'history.adoptBest' });
    };
    body = (
      <div className="best">
        <p>
          {t('line.bestDiffers', {
            best: formatScore(selection.totalScore),
            fill: formatScore(props.fillScore),
          })}{' '}
          <strong>
            {t('line.bestGain', { gain: formatScore(selection.totalScore - props.fillScore) })}
          </strong>
        </p>
        <div className="best__cols">
          <div>
            <h4>{t('line.bestIn')}</h4>
            <ul>
              {bestIn.map((id) => (
                <li key={id}>{title(id)}</li>
              ))}
            </ul>
          </div>
          <div>
            <h4>{t('line.bestOut')}</h4>
            <ul>
              {bestOut.map((id) => (
                <li key={id}>{title(id)}</li>
              ))}
            </ul>
          </div>
        </div>
        {gains.length > 0 ? (
          <table className="grid best__gain">
            <caption>{t('line.bestHours')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('capacity.team')}</th>
                <th scope="col" className="num">
                  {t('line.bestHoursFill')}
                </th>
                <th scope="col" className="num">
                  {t('line.bestHoursBest')}
                </th>
                <th scope="col" className="num">
                  {t('line.bestHoursGain')}
                </th>
              </tr>
            </thead>
            <tbody>
              {gains.map((g) => (
                <tr key={g.team}>
                  <th scope="row">{teamName(g.team)}</th>
                  <td className="num">{formatHours(Math.round(g.fill))}</td>
                  <td className="num">{formatHours(Math.round(g.best))}</td>
                  <td className="num">
                    {g.best >= g.fill ? '+' : '−'}
                    {formatHours(Math.round(Math.abs(g.best - g.fill)))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {stale || !found?.final ? null : (
          <ReasonAction
            className="adopt-form"
            open={t('line.adopt')}
            label={t('line.adoptReason')}
            confirm={t('line.adoptConfirm')}
            onSubmit={adopt}
            also={also}
          />
        )}
      </div>
    );
  }
  return (
    <>
      <h3>{t('line.best')}</h3>
      <p className="muted small">{t('line.bestHint')}</p>
      <p
        className={failed ? 'warning' : 'best__status'}
        role="status"
        aria-live="polite"
        aria-atomic="true"
      >
        {status}
      </p>
      <div
        className={stale || busy ? 'best__answer solver-stale' : 'best__answer'}
        aria-busy={busy}
      >
        {body}
      </div>
      <SolverSettingsForm />
    </>
  );
}
