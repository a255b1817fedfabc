import { useDecisionsHere } from '../decisions/decisions-here';
import { isNews } from './best-news';
import { useMemo, useRef, useState } from 'react';
import type { Activity, Team } from '../../../shared/domain/schemas';
import type { LiftNeed, LineEntry } from '../../../shared/planning/ranking';
import { formatHours, formatNumber, formatPeriod, formatScore } from '../../../shared/format/nl';
import { parseResource } from '../../../shared/planning/line-basis';
import { t } from '../../components/i18n';
import { GapRow, useRowWindow, WindowBox } from '../../components/windowed-rows';
import { BestSelection } from './BestSelection';
import { LineSettingsForm } from './LineSettingsForm';
import { ReasonForm } from './ReasonForm';
import { CurrentDecision, ReviewPanel } from '../decisions/ReviewPanel';
import type { PlanningView } from '../../state/planning';
import { useKoers } from '../../state/store';
import { forceMany } from '../../state/commands/calls';
import { useQuickAlso } from '../scenarios/quick';

/** The inline form that asks directors for the reason of a force. */
function ForceForm(props: { activity: Activity; mode: 'in' | 'out'; onDone: () => void }) {
  const setForce = useKoers((s) => s.setForce);
  const { activity, mode } = props;
  // Issue 12: the same force as a scenario, the programme as it is.
  const also = useQuickAlso(
    () =>
      t(mode === 'in' ? 'scenario.quick.forceIn' : 'scenario.quick.forceOut', {
        title: activity.title,
      }),
    (reason) => forceMany([[activity.id, { mode, reason }]]),
  );
  return (
    <ReasonForm
      also={also}
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

/** One line of the table as drawn: a ranked activity, or the marker of the single cut-off. */
type LineItem = { readonly kind: 'entry'; readonly entry: LineEntry } | { readonly kind: 'marker' };

/** One ranked activity: rank, score, hours, its side of the line, why, the force and the lift. */
function LineRow(props: {
  entry: LineEntry;
  activity: Activity;
  index: number;
  measure: (el: Element | null) => void;
  score: number;
  hours: number;
  need: LiftNeed | undefined;
  firstMiss: boolean;
  inBest: boolean;
  forcing: 'in' | 'out' | null;
  /** The decision and comments of this row are open (issue 12). */
  reviewing: boolean;
  onReview: (e: { currentTarget: HTMLElement }, id: string | null) => void;
  hasDecision: boolean;
  teamName: (id: string) => string;
  onForce: (e: { currentTarget: HTMLElement }, id: string, mode: 'in' | 'out') => void;
  onFormDone: () => void;
}) {
  const { entry: e, activity: a, index, measure, score, hours, need, firstMiss, inBest } = props;
  const { forcing, teamName, onForce, onFormDone } = props;
  const place =
    e.reason === 'forced-in'
      ? t('line.forcedIn', { reason: a.force?.reason ?? '' })
      : e.reason === 'forced-out'
        ? t('line.forcedOut', { reason: a.force?.reason ?? '' })
        : e.reason === 'does-not-fit'
          ? t(firstMiss ? 'line.firstMiss' : 'line.doesNotFit')
          : e.reason === 'after-line'
            ? t('line.afterLine')
            : t('line.fits');
  const setForce = useKoers((s) => s.setForce);
  return (
    <tr
      ref={measure}
      data-index={index}
      aria-rowindex={index + 2}
      className={`line__row ${e.above ? 'line__row--above' : 'line__row--below'}`}
      data-activity-id={e.id}
    >
      <td className="num">{formatNumber(e.rank)}</td>
      <td>
        <span className="line__title">{a.title}</span>
        {inBest ? <span className="tag tag--best">{t('line.inBest')}</span> : null}
        {forcing ? <ForceForm activity={a} mode={forcing} onDone={onFormDone} /> : null}
        {props.hasDecision && !props.reviewing ? (
          <CurrentDecision activityId={a.id} className="line__decision small" />
        ) : null}
        {props.reviewing ? (
          <div className="line__review">
            <ReviewPanel activityId={a.id} title={a.title} />
          </div>
        ) : null}
      </td>
      <td className="num">{formatScore(score)}</td>
      <td className="num">{formatNumber(Math.round(hours))}</td>
      <td>
        <span className={`line__side ${e.above ? 'line__side--above' : 'line__side--below'}`}>
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
                onForce(ev, e.id, 'in');
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
                onForce(ev, e.id, 'out');
              }}
            >
              {t('force.out')}
            </button>
          )}
          <button
            type="button"
            className="button button--small button--quiet"
            aria-label={t('review.open', { title: a.title })}
            aria-expanded={props.reviewing}
            onClick={(ev) => {
              props.onReview(ev, props.reviewing ? null : a.id);
            }}
          >
            {t('review.panel')}
          </button>
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
                : t(need.hoursToFree.size > 0 ? 'line.liftScore' : 'line.liftScoreOnly', {
                    score: formatScore(need.scoreNeeded),
                  })}
            </span>
          </>
        ) : null}
      </td>
    </tr>
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
  const [reviewing, setReviewing] = useState<string | null>(null);
  const review = (_e: { currentTarget: HTMLElement }, id: string | null) => {
    setReviewing(id);
  };
  const decided = useDecisionsHere();
  const decidedIds = useMemo(() => new Set(decided.map((d) => d.activityId as string)), [decided]);
  const found = useKoers((s) => (s.selection?.data === s.data ? s.selection : null));
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
  const selection = isNews(found, fillScore) ? found.result : null;
  const total = (id: string) =>
    [...(candidate.get(id)?.hours.values() ?? [])].reduce((s, h) => s + h, 0);
  // The rows in order, with the marker of the single cut-off after the last one above (strict).
  const items = useMemo(() => {
    const out: LineItem[] = [];
    entries.forEach((entry, i) => {
      out.push({ kind: 'entry', entry });
      if (strict && i === lastAbove && lastAbove < entries.length - 1) out.push({ kind: 'marker' });
    });
    return out;
  }, [entries, strict, lastAbove]);
  const keptId = forcing?.id ?? reviewing;
  const forcingIndex =
    keptId !== null
      ? items.findIndex((it) => it.kind === 'entry' && it.entry.id === keptId)
      : undefined;
  const { parts, windowed, scrollRef, measure } = useRowWindow({
    count: items.length,
    estimateSize: (i) => (items[i]?.kind === 'marker' ? 26 : 96),
    keep: forcingIndex,
    getKey: (i) => {
      const it = items[i];
      return it?.kind === 'entry' ? it.entry.id : `marker-${i}`;
    },
  });
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
        <strong>{t('line.committed')}:</strong> {formatNumber(committedCount)} ·{' '}
        <strong>{t('line.aboveCount')}:</strong>{' '}
        {t('capacity.kpi.aboveValue', {
          above: formatNumber(aboveCount),
          total: formatNumber(entries.length),
        })}{' '}
        · <strong>{t('line.fillScore')}:</strong>{' '}
        <span data-testid="line-score">{formatScore(fillScore)}</span>
      </p>
      <WindowBox
        className={`table-scroll${windowed ? ' window-scroll--long' : ''}`}
        label={t('line.title')}
        boxRef={scrollRef}
      >
        <table className="line" aria-labelledby="line-title" aria-rowcount={items.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
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
            {parts.map((part) => {
              if (part.kind === 'gap')
                return <GapRow key={part.key} height={part.height} columns={7} />;
              const item = items[part.item.index];
              if (!item) return null;
              const index = part.item.index;
              if (item.kind === 'marker')
                return (
                  <tr
                    key={part.item.key}
                    className="line__marker"
                    ref={measure}
                    data-index={index}
                    aria-rowindex={index + 2}
                  >
                    <td colSpan={7}>
                      <span>{t('line.theLine')}</span>
                    </td>
                  </tr>
                );
              const e = item.entry;
              const a = byId.get(e.id);
              if (!a) return null;
              return (
                <LineRow
                  key={part.item.key}
                  entry={e}
                  activity={a}
                  index={index}
                  measure={measure}
                  score={candidate.get(e.id)?.score ?? 0}
                  hours={total(e.id)}
                  need={planning.lift.get(e.id)}
                  firstMiss={strict && e.id === planning.line.firstMiss}
                  inBest={selection?.selected.has(e.id) ?? false}
                  forcing={forcing?.id === e.id ? forcing.mode : null}
                  reviewing={reviewing === e.id}
                  onReview={review}
                  hasDecision={decidedIds.has(e.id)}
                  teamName={teamName}
                  onForce={open}
                  onFormDone={closeForm}
                />
              );
            })}
          </tbody>
        </table>
      </WindowBox>

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
