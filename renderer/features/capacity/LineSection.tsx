import { Fragment, useRef, useState } from 'react';
import type { Activity, Team } from '../../../shared/domain/schemas';
import { formatHours, formatNumber, formatPeriod, formatScore } from '../../../shared/format/nl';
import { parseResource } from '../../../shared/planning/line-basis';
import { t } from '../../components/i18n';
import { ScrollArea } from '../../components/ScrollArea';
import { BestSelection } from './BestSelection';
import { LineSettingsForm } from './LineSettingsForm';
import { ReasonForm } from './ReasonForm';
import type { PlanningView } from '../../state/planning';
import { useKoers } from '../../state/store';

/** The inline form that asks directors for the reason of a force. */
function ForceForm(props: { activity: Activity; mode: 'in' | 'out'; onDone: () => void }) {
  const setForce = useKoers((s) => s.setForce);
  return (
    <ReasonForm
      label={t('force.reasonFor', {
        title: props.activity.title,
        mode: t(props.mode === 'in' ? 'force.modeIn' : 'force.modeOut'),
      })}
      confirm={t('force.confirm')}
      onSubmit={(reason) => setForce(props.activity.id, { mode: props.mode, reason })}
      onDone={props.onDone}
    />
  );
}

/** The hours a below-the-line activity lacks, per team and period ("Team X: 120 uur tekort in …"). */
function Short(props: { short: ReadonlyMap<string, number>; teamName: (id: string) => string }) {
  return (
    <>
      {[...props.short].map(([resource, h]) => {
        const { teamId, period } = parseResource(resource);
        return (
          <span key={resource} className="short">
            {t('line.short', {
              team: props.teamName(teamId),
              hours: formatHours(Math.ceil(h)),
              period: formatPeriod(period),
            })}
          </span>
        );
      })}
    </>
  );
}

/** The line view: ranked activities above and below the line, forces with reasons, what lifts each. */
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
  const byId = new Map(activities.map((a) => [a.id as string, a]));
  const candidate = new Map(planning.candidates.map((c) => [c.id, c]));
  const teamName = (id: string) => teams.find((x) => x.id === id)?.name ?? id;
  const entries = planning.line.entries;
  const strict = planning.settings.strict;
  const lastAbove = entries.reduce((last, e, i) => (e.above ? i : last), -1);
  const aboveCount = entries.filter((e) => e.above).length;
  const fillScore = entries
    .filter((e) => e.above)
    .reduce((s, e) => s + (candidate.get(e.id)?.score ?? 0), 0);
  const total = (id: string) =>
    [...(candidate.get(id)?.hours.values() ?? [])].reduce((s, h) => s + h, 0);
  const committedCount = activities.filter(
    (a) => planning.planned.has(a.id) && a.commitment !== 'discretionair',
  ).length;

  return (
    <section className="card" aria-labelledby="line-title">
      <h2 id="line-title">{t('line.title')}</h2>
      <p className="muted small">
        {t(strict ? 'line.hintStrict' : 'line.hintPerTeam', {
          basis: t(`lineSettings.per.${planning.settings.basis}`),
        })}
      </p>
      <LineSettingsForm settings={planning.settings} />
      <p className="small" data-testid="line-summary">
        <strong>{t('line.committed')}:</strong> {committedCount} ·{' '}
        <strong>{t('line.aboveCount')}:</strong>{' '}
        {t('capacity.kpi.aboveValue', { above: aboveCount, total: entries.length })} ·{' '}
        <strong>{t('line.fillScore')}:</strong>{' '}
        <span data-testid="line-score">{formatScore(fillScore)}</span>
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
              <th scope="col">{t('line.side')}</th>
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
                      ? t(
                          strict && e.id === planning.line.firstMiss
                            ? 'line.firstMiss'
                            : 'line.doesNotFit',
                        )
                      : e.reason === 'after-line'
                        ? t('line.afterLine')
                        : t('line.fits');
              return (
                <Fragment key={e.id}>
                  <tr
                    className={`line__row ${e.above ? 'line__row--above' : 'line__row--below'}`}
                    data-activity-id={e.id}
                  >
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
                      <span
                        className={`line__side ${e.above ? 'line__side--above' : 'line__side--below'}`}
                      >
                        {t(e.above ? 'line.sideAbove' : 'line.sideBelow')}
                      </span>
                    </td>
                    <td>
                      <span className={`place place--${e.reason}`}>{place}</span>
                      {e.short ? <Short short={e.short} teamName={teamName} /> : null}
                      <span className="force-buttons">
                        {a.force ? (
                          <button
                            type="button"
                            className="button button--small"
                            aria-label={`${t('force.clear')}: ${a.title}`}
                            onClick={() => void setForce(a.id, null)}
                          >
                            {t('force.clear')}
                          </button>
                        ) : !e.above ? (
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
                  {strict && i === lastAbove && lastAbove < entries.length - 1 ? (
                    <tr className="line__marker">
                      <td colSpan={7}>
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

      <BestSelection
        planning={planning}
        activities={activities}
        teams={teams}
        fillScore={fillScore}
      />

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
