import { useId } from 'react';
import {
  NUMERIC_KINDS,
  type BarChart,
  type ReportDocument,
  type ReportTable,
} from '../../../shared/report/document';
import { formatReportCell } from '../../../shared/report/format-cell';
import { t } from '../../components/i18n';

/** The geometry of a bar chart, in SVG units (the chart scales to its box's width). */
const CHART = { width: 640, label: 16, bar: 12, gap: 2, rowGap: 10, legend: 24, valueRoom: 110 };

/** The fill of each series: plan (lighter) and realisation (the brand's blue), AA against white. */
const SERIES_FILL = ['#7d96b8', '#154273'] as const;

/**
 * A bar chart as SVG: per bar its label above one or two bars (plan and realisation), each
 * with its value in the table's format at its end; a legend names the series. The values in
 * words are the chart's text alternative (`<title>` and `<desc>`), so nothing is only drawn.
 */
function ReportBarChart({ chart }: { chart: BarChart }) {
  const id = useId();
  const seriesCount = chart.series.length;
  const rowHeight = CHART.label + seriesCount * (CHART.bar + CHART.gap) + CHART.rowGap;
  const height = CHART.legend + chart.bars.length * rowHeight;
  const max = Math.max(0, ...chart.bars.flatMap((b) => b.values));
  const scale = (v: number) =>
    max > 0 ? (Math.max(0, v) / max) * (CHART.width - CHART.valueRoom) : 0;
  const format = (v: number) => formatReportCell(chart.unit, v);
  const desc = chart.bars
    .map((b) =>
      t('report.chartValues', {
        label: b.label,
        values: chart.series.map((s, i) => `${s} ${format(b.values[i] ?? 0)}`).join(', '),
      }),
    )
    .join('; ');
  return (
    <figure className="report-chart">
      <figcaption className="report-chart__title">{chart.title}</figcaption>
      <svg
        className="report-chart__svg"
        viewBox={`0 0 ${CHART.width} ${height}`}
        role="img"
        aria-labelledby={`${id}-t`}
        aria-describedby={`${id}-d`}
      >
        <title id={`${id}-t`}>{chart.title}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        <g aria-hidden="true">
          {chart.series.map((name, i) => (
            <g key={name} transform={`translate(${i * 220} 4)`}>
              <rect width="12" height="12" fill={SERIES_FILL[i]} />
              <text x="18" y="10.5" className="report-chart__text">
                {name}
              </text>
            </g>
          ))}
          {chart.bars.map((bar, r) => {
            const top = CHART.legend + r * rowHeight;
            return (
              <g key={`${bar.label}-${r}`} transform={`translate(0 ${top})`}>
                <text x="0" y="11" className="report-chart__text">
                  {bar.label}
                </text>
                {chart.series.map((_, i) => {
                  const value = bar.values[i] ?? 0;
                  const y = CHART.label + i * (CHART.bar + CHART.gap);
                  const w = scale(value);
                  return (
                    <g key={i}>
                      <rect x="0" y={y} width={w} height={CHART.bar} fill={SERIES_FILL[i]} />
                      <text x={w + 4} y={y + CHART.bar - 2} className="report-chart__value">
                        {format(value)}
                      </text>
                    </g>
                  );
                })}
              </g>
            );
          })}
        </g>
      </svg>
    </figure>
  );
}

/** A typed table: caption, header, rows and totals, cells in Dutch formats, numbers right-aligned. */
function ReportTableView({ table }: { table: ReportTable }) {
  const numeric = table.columns.map((c) => NUMERIC_KINDS.has(c.kind));
  const cls = (j: number) => (numeric[j] ? 'num' : undefined);
  return (
    <table className="grid report-table">
      <caption>{table.caption}</caption>
      <thead>
        <tr>
          {table.columns.map((c, j) => (
            <th key={j} scope="col" className={cls(j)}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i}>
            {table.columns.map((c, j) => (
              <td key={j} className={cls(j)}>
                {formatReportCell(c.kind, row[j] ?? null)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {table.totals ? (
        <tfoot>
          <tr className="report-table__totals">
            {table.columns.map((c, j) => (
              <td key={j} className={cls(j)}>
                {formatReportCell(c.kind, table.totals?.[j] ?? null)}
              </td>
            ))}
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}

/**
 * A report document as the screen and the paper show it (issue 13, Out): title and subtitle,
 * then per section its heading, paragraphs, charts and tables. The same markup prints: the
 * print stylesheet (renderer/styles.css, "Issue 13, Out") hides everything else while
 * `printReport` runs, keeps table rows whole and repeats table headers on every page.
 * `level` is the title's heading level (sections one below), so it fits the screen it is in.
 */
export function ReportView(props: { document: ReportDocument; level?: 1 | 2 }) {
  const { document: doc } = props;
  const level = props.level ?? 2;
  const Title = level === 1 ? 'h1' : 'h2';
  const Section = level === 1 ? 'h2' : 'h3';
  const id = useId();
  return (
    <article className="report" aria-labelledby={`${id}-title`}>
      <header className="report__head">
        <Title id={`${id}-title`} className="report__title">
          {doc.title}
        </Title>
        <p className="report__subtitle">{doc.subtitle}</p>
      </header>
      {doc.sections.map((section, s) => (
        <section key={s} className="report__section" aria-labelledby={`${id}-s${s}`}>
          <Section id={`${id}-s${s}`}>{section.heading}</Section>
          {section.paragraphs.map((p, i) => (
            <p key={i} className="report__paragraph">
              {p}
            </p>
          ))}
          {(section.charts ?? []).map((chart, i) => (
            <ReportBarChart key={i} chart={chart} />
          ))}
          {section.tables.map((table) => (
            <ReportTableView key={table.name} table={table} />
          ))}
        </section>
      ))}
    </article>
  );
}
