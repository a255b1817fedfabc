import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { activityCost } from '../../../shared/budget/cost-model';
import { countsForCapacity } from '../../../shared/planning/counting';
import { displacementOf } from '../../../shared/planning/displacement';
import { riskScore } from '../../../shared/planning/risk-score';
import { formatHours, formatMoney, formatNumber, formatScore } from '../../../shared/format/nl';
import { aroundLine } from '../../../shared/review/around-line';
import { t } from '../../components/i18n';
import { selectBudget } from '../../state/budget';
import { selectPlanning } from '../../state/planning';
import { useKoers } from '../../state/store';
import { confirmedDisplacement, onCondition } from '../capacity/DisplacementSection';
import { DECISION_KEYS, ReviewPanel } from './ReviewPanel';

/** How many above and below the line the review walks unless the person says otherwise. */
const DEFAULT_AROUND = 3;

/** Whether a key press is typing in a field (the review's keys leave those alone). */
const typing = (el: EventTarget | null): boolean =>
  el instanceof HTMLElement &&
  (el.tagName === 'TEXTAREA' ||
    el.tagName === 'SELECT' ||
    (el.tagName === 'INPUT' &&
      !['button', 'checkbox', 'radio'].includes((el as HTMLInputElement).type)));

/**
 * *Beoordelen* (issue 12): walks the activities around the line one by one from the keyboard:
 * for each its place, its score and how it is made up, what it displaces, its euros, the
 * decision buttons with a reason and the comments. J/K or the arrow keys move, 1–5 decide, R
 * goes to the reason, O to a new comment, Escape from a field back to the activity. Focus moves
 * to the activity's heading at every step, so a screen reader says where the person is.
 */
export function ReviewMode() {
  const data = useKoers((s) => s.data);
  const planning = useKoers(selectPlanning);
  const hourRate = useKoers((s) => selectBudget(s)?.result.hourRate ?? null);
  const started = useKoers((s) => s.reviewing);
  const setReviewing = useKoers((s) => s.setReviewing);
  const [n, setN] = useState(DEFAULT_AROUND);
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  const around = useMemo(() => {
    if (!data || !planning) return [];
    const conditional = data.activities
      .filter((a) => !countsForCapacity(a) && onCondition(a))
      .map((a) => a.id as string);
    return aroundLine(planning.line.entries, conditional, n);
  }, [data, planning, n]);
  // The walk is fixed when it starts: a decision that moves an activity across the line does
  // not pull another one under the person's eyes.
  const [walk, setWalk] = useState<readonly string[] | null>(() => (started ? around : null));
  const ids = started && walk !== null && walk.length > 0 ? walk : around;
  const at = Math.min(index, Math.max(0, ids.length - 1));
  const currentId = ids[at];

  // Every step (and the start) puts focus on the activity's heading.
  const moved = useRef(true);
  useEffect(() => {
    if (started && moved.current) heading.current?.focus();
    moved.current = false;
  }, [started, at, currentId]);

  const count = ids.length;
  const go = (delta: number) => {
    moved.current = true;
    setIndex((i) => Math.max(0, Math.min(Math.min(i, count - 1) + delta, count - 1)));
  };

  useEffect(() => {
    const el = box.current;
    if (!el || !started) return;
    const step = (delta: number) => {
      moved.current = true;
      setIndex((i) => Math.max(0, Math.min(Math.min(i, count - 1) + delta, count - 1)));
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (typing(e.target)) {
        if (e.key === 'Escape') {
          e.preventDefault();
          heading.current?.focus();
        }
        return;
      }
      const key = e.key.toLowerCase();
      if (key === 'j' || key === 'arrowdown' || key === 'arrowright') step(1);
      else if (key === 'k' || key === 'arrowup' || key === 'arrowleft') step(-1);
      else if (key === 'r') reasonRef.current?.focus();
      else if (key === 'o') commentRef.current?.focus();
      else if (DECISION_KEYS[key]) {
        el.querySelector<HTMLButtonElement>(`.review__decide--${DECISION_KEYS[key]}`)?.click();
      } else return;
      e.preventDefault();
    };
    el.addEventListener('keydown', onKey);
    return () => {
      el.removeEventListener('keydown', onKey);
    };
  }, [started, count]);

  if (!data || !planning) return null;
  const activity = data.activities.find((a) => a.id === currentId);
  const entry = planning.line.entries.find((e) => e.id === currentId);
  const candidate = planning.candidates.find((c) => c.id === currentId);
  const risk = activity ? riskScore(activity, data.programme.riskScheme) : null;
  const titleOf = (x: string) => data.activities.find((a) => a.id === x)?.title ?? x;
  const conditional = activity ? !countsForCapacity(activity) && onCondition(activity) : false;
  const displaced =
    !activity || (entry?.above ?? false)
      ? null
      : conditional
        ? confirmedDisplacement(activity, data.programme, data.activities, planning.planned)
            .displaced
        : displacementOf(
            [activity.id],
            planning.candidates,
            planning.space,
            data.activities,
            data.programme.year,
            { strict: planning.settings.strict },
          ).displaced;
  const hours = candidate ? [...candidate.hours.values()].reduce((s, h) => s + h, 0) : 0;
  const cost = activity && hourRate ? activityCost(activity, hourRate) : null;

  return (
    <section className="card card--wide review-mode" aria-labelledby="review-mode-title">
      <h2 id="review-mode-title">{t('reviewMode.title')}</h2>
      {!started ? (
        <>
          <p className="muted small">{t('reviewMode.hint', { n: formatNumber(n) })}</p>
          <div className="field review-mode__n">
            <label htmlFor={`${id}-n`}>{t('reviewMode.around')}</label>
            <input
              id={`${id}-n`}
              type="number"
              min={1}
              max={50}
              value={n}
              onChange={(e) => {
                const v = Math.round(Number(e.target.value));
                if (Number.isFinite(v) && v >= 1 && v <= 50) setN(v);
              }}
            />
          </div>
          <p>
            <button
              type="button"
              ref={startButton}
              className="button button--primary"
              onClick={() => {
                moved.current = true;
                setIndex(0);
                setWalk(around);
                setReviewing(true);
              }}
            >
              {t('reviewMode.start')}
            </button>
          </p>
        </>
      ) : (
        <div ref={box} className="review-mode__box">
          <p className="muted small" id={`${id}-keys`}>
            {t('reviewMode.keys')}
          </p>
          {!activity ? (
            <p>{t('reviewMode.empty')}</p>
          ) : (
            <article className="review-mode__item" aria-labelledby={`${id}-title`}>
              <p className="review-mode__position small" id={`${id}-position`}>
                {t('reviewMode.position', {
                  index: formatNumber(at + 1),
                  total: formatNumber(ids.length),
                })}
              </p>
              <h3
                id={`${id}-title`}
                ref={heading}
                tabIndex={-1}
                aria-describedby={`${id}-position ${id}-keys`}
                className="review-mode__title"
              >
                {activity.title}
              </h3>
              <div className="review-mode__about">
                <dl className="review-mode__facts">
                  <div>
                    <dt>{t('reviewMode.side')}</dt>
                    <dd>
                      {conditional
                        ? t('reviewMode.conditional')
                        : t(entry?.above ? 'line.sideAbove' : 'line.sideBelow')}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('reviewMode.score')}</dt>
                    <dd>{formatScore(candidate?.score ?? risk?.score ?? 0)}</dd>
                  </div>
                  <div>
                    <dt>{t('reviewMode.euros')}</dt>
                    <dd>{cost === null ? '—' : formatMoney(cost)}</dd>
                  </div>
                  <div>
                    <dt>{t('line.hours')}</dt>
                    <dd>{formatHours(Math.round(hours))}</dd>
                  </div>
                </dl>
                {risk ? (
                  <>
                    <h4>{t('reviewMode.scoreWhy')}</h4>
                    <ul className="review-mode__why small">
                      {risk.contributions.map((c) => (
                        <li key={c.criterion.id}>
                          {c.criterion.name}:{' '}
                          {t('risk.contribution', { points: formatScore(c.points) })}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                <h4>{t('reviewMode.displaces')}</h4>
                {displaced === null ? (
                  <p className="small">
                    {t('reviewMode.displacesAbove', { hours: formatHours(Math.round(hours)) })}
                  </p>
                ) : displaced.length === 0 ? (
                  <p className="small">{t('reviewMode.displacesNone')}</p>
                ) : (
                  <ul className="small">
                    {displaced.map((x) => (
                      <li key={x}>{titleOf(x)}</li>
                    ))}
                  </ul>
                )}
              </div>
              <ReviewPanel
                key={activity.id}
                activityId={activity.id}
                title={activity.title}
                level={4}
                keys
                reasonBox={reasonRef}
                commentBox={commentRef}
              />
            </article>
          )}
          <div className="button-row">
            <button
              type="button"
              className="button"
              aria-keyshortcuts="K ArrowUp"
              disabled={at === 0}
              onClick={() => {
                go(-1);
              }}
            >
              {t('reviewMode.previous')}
            </button>
            <button
              type="button"
              className="button button--primary"
              aria-keyshortcuts="J ArrowDown"
              disabled={at >= ids.length - 1}
              onClick={() => {
                go(1);
              }}
            >
              {t('reviewMode.next')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setReviewing(false);
                setWalk(null);
                requestAnimationFrame(() => startButton.current?.focus());
              }}
            >
              {t('reviewMode.stop')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
