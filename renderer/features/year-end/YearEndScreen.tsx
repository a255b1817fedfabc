import { useState, type ReactNode } from 'react';
import { formatDate, formatHours, formatMoney, formatNumber } from '../../../shared/format/nl';
import type { Cents } from '../../../shared/domain/units';
import {
  lackingExplanation,
  PLAN_ACTUAL_VIEWS,
  topLevel,
  type PlanActual,
  type PlanActualMeasure,
  type PlanActualView,
} from '../../../shared/year-end/plan-actual';
import { t } from '../../components/i18n';
import { useKoers } from '../../state/store';
import { OutputsTable } from './OutputsTable';
import { PlanActualBars, type BarRow } from './PlanActualBars';
import { PlanActualTable } from './PlanActualTable';
import { formatShare, formatSigned } from '../../../shared/year-end/format';
import { useYearEnd } from './use-year-end';
import { YearOverYearSection } from './YearOverYearSection';
import { YearEndPack } from './YearEndPack';

/** A switch of radio buttons (arrow keys move between them, as radios do). */
function Switch<T extends string>(props: {
  legend: string;
  name: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (v: T) => void;
}): ReactNode {
  return (
    <fieldset className="segmented">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value} className="segmented__option">
          <input
            type="radio"
            name={props.name}
            value={o.value}
            checked={props.value === o.value}
            onChange={() => {
              props.onChange(o.value);
            }}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The activities whose large deviation has no explanation, each opening in the programme. */
function Lacking(props: { result: PlanActual; percent: number; hours: number }): ReactNode {
  const navigate = useKoers((s) => s.navigate);
  const openActivity = useKoers((s) => s.openActivity);
  const list = lackingExplanation(props.result);
  return (
    <section className="card" aria-labelledby="pa-lacking-title">
      <h2 id="pa-lacking-title">{t('planActual.lacking.title')}</h2>
      <p className="muted small">
        {t('planActual.lacking.hint', {
          percent: formatNumber(props.percent),
          hours: formatNumber(props.hours),
        })}
      </p>
      {list.length === 0 ? (
        <p>{t('planActual.lacking.none')}</p>
      ) : (
        <>
          <p>{t('planActual.lacking.count', { n: formatNumber(list.length) })}</p>
          <ul className="pa__lacking">
            {list.slice(0, 50).map((a) => (
              <li key={a.activityId}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    navigate('programme');
                    openActivity(a.activityId);
                  }}
                >
                  {a.title}
                </button>{' '}
                <span className="small">
                  {formatSigned('hours', a.hours.difference)} ({formatShare(a.hours.share)})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * *Verantwoording* (issue 13): the adopted plan against what was realised, per activity, MJP
 * theme, domain, team and kind, in hours or costs, in the government's layout; the outputs
 * planned against published (a publication date recorded right there); the large deviations
 * still to explain; charts per theme and team; and the comparison with last year.
 */
export function YearEndScreen(): ReactNode {
  const data = useKoers((s) => s.data);
  const [view, setView] = useState<PlanActualView>('activity');
  const [measure, setMeasure] = useState<PlanActualMeasure>('hours');
  const year = useYearEnd(data as NonNullable<typeof data>);
  if (!data) return null;
  const { programme } = data;
  const heading = (
    <div className="screen__head">
      <h1 id="year-end-title">{t('planActual.title', { year: programme.year })}</h1>
    </div>
  );
  if (!year)
    return (
      <section className="screen" aria-labelledby="year-end-title">
        {heading}
        <p role="status">{t('planActual.loading')}</p>
      </section>
    );
  const pa = year.planActual;
  const pick = (x: {
    hours: { plan: number; actual: number; share: number | null };
    cost: { plan: number; actual: number; share: number | null };
  }) => (measure === 'hours' ? x.hours : x.cost);
  const themeRows: BarRow[] = topLevel(pa.byTheme).map((g) => ({
    key: g.key,
    label: g.label === '' ? t('planActual.noTheme') : g.label,
    ...pick(g),
  }));
  const teamRows: BarRow[] = pa.byTeam
    // The rest group (material and hire without a team) has no hours: no empty bar for it.
    .filter((g) => pick(g).plan !== 0 || pick(g).actual !== 0)
    .map((g) => ({
      key: g.key,
      label: g.label === '' ? t('planActual.noTeam') : g.label,
      ...pick(g),
    }));
  return (
    <section className="screen year-end" aria-labelledby="year-end-title">
      {heading}
      <p>
        {pa.basis === 'adopted' && pa.adoptedOn
          ? t('planActual.basisAdopted', { date: formatDate(pa.adoptedOn) })
          : t('planActual.basisCurrent')}{' '}
        {pa.previousYear !== null
          ? t('planActual.previous', { year: pa.previousYear })
          : t('planActual.noPrevious', { year: programme.year - 1 })}
      </p>
      {pa.unmatched.hours > 0 || pa.unmatched.cents > 0 ? (
        <p className="warning">
          {t('planActual.unmatched', {
            hours: formatHours(Math.round(pa.unmatched.hours)),
            cost: formatMoney(Math.round(pa.unmatched.cents) as Cents),
          })}
        </p>
      ) : null}

      <section className="card card--wide" aria-labelledby="pa-table-title">
        <h2 id="pa-table-title">{t('planActual.tableTitle')}</h2>
        <div className="pa__switches">
          <Switch
            legend={t('planActual.view')}
            name="pa-view"
            options={PLAN_ACTUAL_VIEWS.map((v) => ({ value: v, label: t(`planActual.view.${v}`) }))}
            value={view}
            onChange={setView}
          />
          <Switch
            legend={t('planActual.measure')}
            name="pa-measure"
            options={(['hours', 'cost'] as const).map((m) => ({
              value: m,
              label: t(`planActual.measure.${m}`),
            }))}
            value={measure}
            onChange={setMeasure}
          />
        </div>
        <PlanActualTable result={pa} view={view} measure={measure} />
      </section>

      <div className="cards">
        <Lacking
          result={pa}
          percent={programme.deviationThreshold.percent}
          hours={programme.deviationThreshold.hours}
        />
        <section className="card" aria-labelledby="pa-chart-theme-title">
          <h2 id="pa-chart-theme-title">{t('planActual.chart.theme')}</h2>
          <PlanActualBars
            title={t('planActual.chart.theme')}
            head={t('planActual.col.theme')}
            rows={themeRows}
            measure={measure}
          />
        </section>
        <section className="card" aria-labelledby="pa-chart-team-title">
          <h2 id="pa-chart-team-title">{t('planActual.chart.team')}</h2>
          <PlanActualBars
            title={t('planActual.chart.team')}
            head={t('planActual.col.team')}
            rows={teamRows}
            measure={measure}
          />
        </section>
      </div>

      <section className="card card--wide" aria-labelledby="pa-outputs-title">
        <h2 id="pa-outputs-title">{t('planActual.outputs.title')}</h2>
        <OutputsTable outputs={pa.outputs} />
      </section>

      <YearOverYearSection yy={year.yearOverYear} />

      <YearEndPack data={data} planActual={pa} log={year.log} />
    </section>
  );
}
