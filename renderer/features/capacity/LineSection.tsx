import { Fragment, useEffect, useId, useRef, useState } from 'react';
import type { Activity, Team } from '../../../shared/domain/schemas';
import { formatHours, formatNumber, formatPeriod, formatScore } from '../../../shared/format/nl';
import { parseResource } from '../../../shared/planning/line-basis';
import { t } from '../../components/i18n';
import { ScrollArea } from '../../components/ScrollArea';
import type { PlanningView } from '../../state/planning';
import { useKoers } from '../../state/store';

/** The inline form that asks directors for the reason of a force. */
function ForceForm(props: { activity: Activity; mode: 'in' | 'out'; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState(false);
  const setForce = useKoers((s) => s.setForce);
  const id = useId();
  const form = useRef<HTMLDivElement>(null);
  // Escape closes the form wherever focus is inside it (the field or either button), as it
  // closes every other small form; a listener on the form itself, so it needs no role.
  const onDone = props.onDone;
  useEffect(() => {
    const el = form.current;
    if (!el) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      onDone();
    };
    el.addEventListener('keydown', onKey);
    return () => {
      el.removeEventListener('keydown', onKey);
    };
  }, [onDone]);
  const submit = () => {
    if (reason.trim() === '') {
      setError(true);
      return;
    }
    void setForce(props.activity.id, { mode: props.mode, reason: reason.trim() }).then(
      props.onDone,
    );
  };
  return (
    <div className="force-form" ref={form}>
      <label htmlFor={id}>
        {t('force.reasonFor', {
          title: props.activity.title,
          mode: t(props.mode === 'in' ? 'force.modeIn' : 'force.modeOut'),
        })}
      </label>
      <input
        id={id}
        type="text"
        value={reason}
        aria-invalid={error}
        aria-describedby={error ? `${id}-error` : undefined}
        // Focus moves into the form the user just opened.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        onChange={(e) => {
          setReason(e.target.value);
          setError(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') submit();
        }}
      />
      {error ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {t('force.reasonRequired')}
        </p>
      ) : null}
      <div className="force-form__buttons">
        <button type="button" className="button button--primary" onClick={submit}>
          {t('force.confirm')}
        </button>
        <button type="button" className="button" onClick={props.onDone}>
          {t('force.cancel')}
        </button>
      </div>
    </div>
  );
}

/** The line view: ranked activities, the line, forces with reasons, what would lift each one. */
export function LineSection({
  planning,
  activities,
  teams,
}: {
  planning: PlanningView;
  activities: readonly Activity[];
  teams: readonly Team[];
}) {
  const [forcing, setForcing] = useState<{ id: string; mode: 'in' | 'out' } | null>(null);
  // The button that opened the reason form gets focus back when the form closes.
  const opener = useRef<HTMLElement | null>(null);
  const open = (e: { currentTarget: HTMLElement }, id: string, mode: 'in' | 'out') => {
    opener.current = e.currentTarget;
    setForcing({ id, mode });
  };
  const closeForm = () => {
    setForcing(null);
    if (opener.current?.isConnected) opener.current.focus();
  };
  const setForce = useKoers((s) => s.setForce);
  const selection = useKoers((s) => (s.selection?.data === s.data ? s.selection.result : null));
  const failed = useKoers((s) => s.selectionFailed);
  const byId = new Map(activities.map((a) => [a.id as string, a]));
  const candidate = new Map(planning.candidates.map((c) => [c.id, c]));
  const teamName = (id: string) => teams.find((x) => x.id === id)?.name ?? id;
  const entries = planning.line.entries;
  const lastAbove = entries.reduce((last, e, i) => (e.above ? i : last), -1);
  const fillScore = entries
    .filter((e) => e.above)
    .reduce((s, e) => s + (candidate.get(e.id)?.score ?? 0), 0);
  const aboveIds = new Set(entries.filter((e) => e.above).map((e) => e.id));
  const bestIn = selection ? [...selection.selected].filter((id) => !aboveIds.has(id)) : [];
  const bestOut = selection ? [...aboveIds].filter((id) => !selection.selected.has(id)) : [];
  const total = (id: string) =>
    [...(candidate.get(id)?.hours.values() ?? [])].reduce((s, h) => s + h, 0);
  const committedCount = activities.filter(
    (a) => planning.planned.has(a.id) && a.commitment !== 'discretionair',
  ).length;

  return (
    <section className="card" aria-labelledby="line-title">
      <h2 id="line-title">{t('line.title')}</h2>
      <p className="muted small">{t('line.hint')}</p>
      <p className="small">
        <strong>{t('line.committed')}:</strong> {committedCount}
      </p>
      <ScrollArea label={t('line.title')}>
        <table className="line" aria-labelledby="line-title">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('line.rank')}
              </th>
              <th scope="col">{t('line.activity')}</th>
              <th scope="col" className="num">
                {t('line.score')}
              </th>
              <th scope="col" className="num">
                {t('line.hours')}
              </th>
              <th scope="col">{t('line.place')}</th>
              <th scope="col">{t('line.lift')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => {
              const a = byId.get(e.id);
              if (!a) return null;
              const c = candidate.get(e.id);
              const need = planning.lift.get(e.id);
              const place =
                e.reason === 'forced-in'
                  ? t('line.forcedIn', { reason: a.force?.reason ?? '' })
                  : e.reason === 'forced-out'
                    ? t('line.forcedOut', { reason: a.force?.reason ?? '' })
                    : e.reason === 'does-not-fit'
                      ? t(e.id === planning.line.firstMiss ? 'line.firstMiss' : 'line.doesNotFit')
                      : t(e.above ? 'line.above' : 'line.below');
              return (
                <Fragment key={e.id}>
                  <tr className={`line__row ${e.above ? 'line__row--above' : 'line__row--below'}`}>
                    <td className="num">{e.rank}</td>
                    <td>
                      <span className="line__title">{a.title}</span>
                      {selection?.selected.has(e.id) ? (
                        <span className="tag tag--best">{t('line.inBest')}</span>
                      ) : null}
                      {forcing?.id === e.id ? (
                        <ForceForm activity={a} mode={forcing.mode} onDone={closeForm} />
                      ) : null}
                    </td>
                    <td className="num">{formatScore(c?.score ?? 0)}</td>
                    <td className="num">{formatNumber(Math.round(total(e.id)))}</td>
                    <td>
                      <span className={`place place--${e.reason}`}>{place}</span>
                      <span className="force-buttons">
                        {a.force ? (
                          <button
                            type="button"
                            className="button button--small"
                            onClick={() => void setForce(a.id, null)}
                          >
                            {t('force.clear')}
                          </button>
                        ) : (
                          <>
                            {!e.above ? (
                              <button
                                type="button"
                                className="button button--small"
                                aria-label={`${t('force.in')}: ${a.title}`}
                                onClick={(ev) => {
                                  open(ev, e.id, 'in');
                                }}
                              >
                                {t('force.in')}
                              </button>
                            ) : (
                              <button
                                type="button"
                                className="button button--small"
                                aria-label={`${t('force.out')}: ${a.title}`}
                                onClick={(ev) => {
                                  open(ev, e.id, 'out');
                                }}
                              >
                                {t('force.out')}
                              </button>
                            )}
                          </>
                        )}
                      </span>
                    </td>
                    <td className="small">
                      {need ? (
                        <>
                          {[...need.hoursToFree].map(([resource, h]) => {
                            const { teamId, period } = parseResource(resource);
                            return (
                              <span key={resource} className="lift">
                                {t('line.liftHours', {
                                  hours: formatHours(Math.ceil(h)),
                                  team: teamName(teamId),
                                  period: formatPeriod(period),
                                })}
                              </span>
                            );
                          })}
                          <span className="lift">
                            {need.scoreNeeded === null
                              ? t('line.liftNone')
                              : t(
                                  need.hoursToFree.size > 0
                                    ? 'line.liftScore'
                                    : 'line.liftScoreOnly',
                                  {
                                    score: formatScore(need.scoreNeeded),
                                  },
                                )}
                          </span>
                        </>
                      ) : null}
                    </td>
                  </tr>
                  {i === lastAbove ? (
                    <tr className="line__marker">
                      <td colSpan={6}>
                        <span>{t('line.theLine')}</span>
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </ScrollArea>

      <h3>{t('line.best')}</h3>
      <p className="muted small">{t('line.bestHint')}</p>
      {failed ? (
        <p className="warning">{t('line.bestFailed')}</p>
      ) : !selection ? (
        <p className="muted">{t('line.bestBusy')}</p>
      ) : bestIn.length === 0 && bestOut.length === 0 ? (
        <p>{t('line.bestSame', { score: formatScore(fillScore) })}</p>
      ) : (
        <div className="best">
          <p>
            {t('line.bestDiffers', {
              best: formatScore(selection.totalScore),
              fill: formatScore(fillScore),
            })}
          </p>
          <div className="best__cols">
            <div>
              <h4>{t('line.bestIn')}</h4>
              <ul>
                {bestIn.map((id) => (
                  <li key={id}>{byId.get(id)?.title}</li>
                ))}
              </ul>
            </div>
            <div>
              <h4>{t('line.bestOut')}</h4>
              <ul>
                {bestOut.map((id) => (
                  <li key={id}>{byId.get(id)?.title}</li>
                ))}
              </ul>
            </div>
          </div>
        </div>
      )}

      {planning.notCounted.length > 0 ? (
        <>
          <h3>{t('line.notCounted')}</h3>
          <p className="muted small">{t('line.notCountedHint')}</p>
          <ul className="plain">
            {planning.notCounted.map((a) => (
              <li key={a.id}>
                {a.title} <span className="muted">({t(`status.${a.status}`)})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
