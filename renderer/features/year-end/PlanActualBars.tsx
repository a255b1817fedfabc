import type { ReactNode } from 'react';
import type { PlanActualMeasure } from '../../../shared/year-end/plan-actual';
import { ChartTable } from '../../components/charts/ChartTable';
import { t } from '../../components/i18n';
import { formatMeasure, formatShare } from '../../../shared/year-end/format';

/** One row of the chart: a name with its plan and actual. */
export type BarRow = {
  readonly key: string;
  readonly label: string;
  readonly plan: number;
  readonly actual: number;
  readonly share: number | null;
};

/**
 * Plan against actual as horizontal bars (SVG), one pair per row: the name on its own line (so
 * a long name is never cut off), then the plan bar and the actual bar, scaled to the largest.
 * Its table follows for screen readers and exact figures (every chart has its table).
 */
export function PlanActualBars(props: {
  title: string;
  /** The header of the names' column in the table. */
  head: string;
  rows: readonly BarRow[];
  measure: PlanActualMeasure;
}): ReactNode {
  const { rows, measure, title } = props;
  const max = Math.max(1e-9, ...rows.flatMap((r) => [r.plan, r.actual]));
  const width = 560;
  const valueW = 130;
  const barW = width - valueW - 8;
  const rowH = 58;
  const height = rows.length * rowH + 4;
  const w = (v: number) => Math.max(v > 0 ? 1 : 0, (v / max) * barW);
  return (
    <figure className="chart pa-bars">
      <div className="pa-bars__legend" aria-hidden="true">
        <span className="pa-bars__key pa-bars__key--plan" /> {t('planActual.chart.plan')}
        <span className="pa-bars__key pa-bars__key--actual" /> {t('planActual.chart.actual')}
      </div>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={t('planActual.chart.summary', {
          title,
          measure: t(`planActual.measure.${measure}`).toLowerCase(),
        })}
        preserveAspectRatio="xMinYMin meet"
      >
        {rows.map((r, i) => {
          const y = 4 + i * rowH;
          return (
            <g key={r.key}>
              <text x={0} y={y + 13} className="pa-bars__label">
                {r.label}
              </text>
              <rect
                className="pa-bars__plan"
                x={0}
                y={y + 19}
                width={w(r.plan)}
                height={14}
                rx={2}
              />
              <text x={width} y={y + 31} textAnchor="end" className="pa-bars__value">
                {formatMeasure(measure, r.plan)}
              </text>
              <rect
                className="pa-bars__actual"
                x={0}
                y={y + 36}
                width={w(r.actual)}
                height={14}
                rx={2}
              />
              <text x={width} y={y + 48} textAnchor="end" className="pa-bars__value">
                {formatMeasure(measure, r.actual)}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartTable
        caption={title}
        columns={[
          props.head,
          t('planActual.chart.plan'),
          t('planActual.chart.actual'),
          t('planActual.col.share'),
        ]}
        rows={rows.map((r) => ({
          key: r.key,
          label: r.label,
          cells: [
            formatMeasure(measure, r.plan),
            formatMeasure(measure, r.actual),
            formatShare(r.share),
          ],
        }))}
      />
    </figure>
  );
}
