import type { ReactNode } from 'react';
import { formatNumber } from '../../../shared/format/nl';
import type {
  GroupPlanActual,
  Measured,
  PlanActual,
  PlanActualMeasure,
  PlanActualView,
} from '../../../shared/year-end/plan-actual';
import { planActualRows, viewTotal } from '../../../shared/year-end/plan-actual';
import { t } from '../../components/i18n';
import { GapRow, useRowWindow, WindowBox } from '../../components/windowed-rows';
import { useKoers } from '../../state/store';
import {
  formatMeasure,
  formatShare,
  formatSigned,
  statusText,
} from '../../../shared/year-end/format';

const COLUMNS = 8;

/** The name of a group row, with the rest groups named. */
function groupLabel(view: Exclude<PlanActualView, 'activity'>, g: GroupPlanActual): string {
  if (view === 'kind') return t(`kind.${g.key}` as Parameters<typeof t>[0]);
  if (g.label !== '') return g.label;
  if (view === 'theme') return t('planActual.noTheme');
  if (view === 'team') return t('planActual.noTeam');
  return t('planActual.noDomain');
}

/** The five figure cells of a measure. */
function Figures(props: { m: Measured; measure: PlanActualMeasure }): ReactNode {
  const { m, measure } = props;
  // Spending more than planned is the one deviation that is bad in itself (an overrun); hours
  // more or fewer than planned are neither good nor bad until explained, so not coloured.
  const sign = measure === 'cost' && m.difference > 0 ? ' pa__over' : '';
  return (
    <>
      <td className="num">{formatMeasure(measure, m.plan)}</td>
      <td className="num">{formatMeasure(measure, m.actual)}</td>
      <td className={`num${sign}`}>{formatSigned(measure, m.difference)}</td>
      <td className={`num${sign}`}>{formatShare(m.share)}</td>
      <td className="num">{m.previous === null ? '—' : formatMeasure(measure, m.previous)}</td>
    </>
  );
}

/** An activity's title: a button that opens it in the programme. */
function OpenActivity(props: { id: string; title: string }): ReactNode {
  const navigate = useKoers((s) => s.navigate);
  const openActivity = useKoers((s) => s.openActivity);
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => {
        navigate('programme');
        openActivity(props.id);
      }}
    >
      {props.title}
    </button>
  );
}

/**
 * Plan against actual in the government's layout (Plan (vastgesteld) · Realisatie · Verschil ·
 * Verschil % · Realisatie vorig jaar · Status · Toelichting), per activity or per group, with a
 * sticky header and a totals row; the per-activity view is windowed when long (issue 11).
 */
export function PlanActualTable(props: {
  result: PlanActual;
  view: PlanActualView;
  measure: PlanActualMeasure;
}): ReactNode {
  const { result, view, measure } = props;
  const pick = (x: { hours: Measured; cost: Measured }) => (measure === 'hours' ? x.hours : x.cost);
  const groups = view === 'activity' ? [] : planActualRows(result, view);
  const count = view === 'activity' ? result.activities.length : groups.length;
  const {
    parts,
    windowed,
    scrollRef,
    measure: measureRow,
  } = useRowWindow({
    count,
    estimateSize: () => 40,
    getKey: (i) =>
      view === 'activity'
        ? (result.activities[i]?.activityId ?? `${i}`)
        : `${groups[i]?.key ?? ''}-${i}`,
  });
  const planHeader =
    result.basis === 'adopted' ? t('planActual.col.plan') : t('planActual.col.planCurrent');
  return (
    <WindowBox
      className={`table-scroll pa__scroll${windowed ? ' window-scroll--long' : ''}`}
      label={t('planActual.tableLabel')}
      boxRef={scrollRef}
    >
      <table className="grid pa__table" aria-rowcount={count + 2}>
        <caption className="sr-only">
          {t('planActual.tableTitle')}, {t(`planActual.view.${view}`)},{' '}
          {t(`planActual.measure.${measure}`)}
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t(`planActual.col.${view}`)}</th>
            <th scope="col" className="num">
              {planHeader}
            </th>
            <th scope="col" className="num">
              {t('planActual.col.actual')}
            </th>
            <th scope="col" className="num">
              {t('planActual.col.difference')}
            </th>
            <th scope="col" className="num">
              {t('planActual.col.share')}
            </th>
            <th scope="col" className="num">
              {t('planActual.col.previous')}
            </th>
            <th scope="col">{t('planActual.col.status')}</th>
            <th scope="col">{t('planActual.col.note')}</th>
          </tr>
        </thead>
        <tbody>
          {parts.map((part) => {
            if (part.kind === 'gap')
              return <GapRow key={part.key} height={part.height} columns={COLUMNS} />;
            const i = part.item.index;
            if (view === 'activity') {
              const a = result.activities[i];
              if (!a) return null;
              return (
                <tr
                  key={part.item.key}
                  ref={measureRow}
                  data-index={i}
                  aria-rowindex={i + 2}
                  className={a.needsNote ? 'pa__row--needs' : undefined}
                >
                  <th scope="row">
                    <OpenActivity id={a.activityId} title={a.title} />
                    {a.inPlan ? null : (
                      <span className="muted small"> ({t('planActual.notInPlan')})</span>
                    )}
                  </th>
                  <Figures m={pick(a)} measure={measure} />
                  <td>{statusText(a.status)}</td>
                  <td className="pa__note">
                    {a.needsNote ? (
                      <span className="pa__flag">{t('planActual.needsNote')}</span>
                    ) : (
                      a.note
                    )}
                  </td>
                </tr>
              );
            }
            const g = groups[i];
            if (!g) return null;
            return (
              <tr
                key={part.item.key}
                ref={measureRow}
                data-index={i}
                aria-rowindex={i + 2}
                className={g.depth === 0 && view === 'theme' ? 'pa__row--focus' : undefined}
              >
                <th scope="row" style={{ paddingLeft: `${0.5 + g.depth * 1.25}rem` }}>
                  {groupLabel(view, g)}
                </th>
                <Figures m={pick(g)} measure={measure} />
                <td>
                  {g.activities === 1
                    ? t('planActual.groupCountOne')
                    : t('planActual.groupCount', { n: formatNumber(g.activities) })}
                </td>
                <td className="pa__note">
                  {g.needsNote > 0 ? (
                    <span className="pa__flag">
                      {t('planActual.groupNeeds', { n: formatNumber(g.needsNote) })}
                    </span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="pa__total" aria-rowindex={count + 2}>
            <th scope="row">{t('planActual.total')}</th>
            <Figures m={pick(viewTotal(result, view))} measure={measure} />
            <td />
            <td />
          </tr>
        </tfoot>
      </table>
    </WindowBox>
  );
}
