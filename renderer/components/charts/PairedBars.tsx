import { ChartTable } from './ChartTable';

/** One row of a paired bar chart: a name and its two values (e.g. plan and realisation). */
export type PairedRow = {
  readonly key: string;
  readonly label: string;
  readonly first: number;
  readonly second: number;
};

/**
 * Two bars per row on one scale, the first (plan, reserve) light and the second (realisation,
 * drawn) dark, with their values beside them; a second bar beyond the first is marked. Its table
 * (both values and the difference) follows for screen readers and exact figures, as the other
 * charts do. Values are formatted by the caller.
 */
export function PairedBars(props: {
  rows: readonly PairedRow[];
  series: readonly [string, string];
  format: (value: number) => string;
  summary: string;
  tableCaption: string;
  columns: readonly [string, string, string, string];
  /** The table's last column (default: second − first, e.g. realisation minus plan). */
  difference?: (row: PairedRow) => number;
}) {
  const difference = props.difference ?? ((r: PairedRow) => r.second - r.first);
  const max = Math.max(1e-9, ...props.rows.flatMap((r) => [r.first, r.second]));
  const width = (v: number) => `${Math.round((Math.max(0, v) / max) * 1000) / 10}%`;
  return (
    <figure className="chart pair">
      <div className="pair__legend" aria-hidden="true">
        <span className="pair__key pair__key--first">{props.series[0]}</span>
        <span className="pair__key pair__key--second">{props.series[1]}</span>
      </div>
      <div className="pair__bars" role="img" aria-label={props.summary}>
        {props.rows.map((r) => (
          <div key={r.key} className="pair__row">
            <span className="pair__label">{r.label}</span>
            <span className="pair__track">
              <span className="pair__bar pair__bar--first" style={{ width: width(r.first) }} />
              <span
                className={`pair__bar pair__bar--second${r.second > r.first ? ' pair__bar--beyond' : ''}`}
                style={{ width: width(r.second) }}
              />
            </span>
            <span className="pair__value">
              {props.format(r.first)}
              <br />
              {props.format(r.second)}
            </span>
          </div>
        ))}
      </div>
      <ChartTable
        caption={props.tableCaption}
        columns={props.columns}
        rows={props.rows.map((r) => ({
          key: r.key,
          label: r.label,
          cells: [props.format(r.first), props.format(r.second), props.format(difference(r))],
        }))}
      />
    </figure>
  );
}
