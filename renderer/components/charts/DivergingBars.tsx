import { ChartTable } from './ChartTable';

/** One row of a diverging bar chart: a name, its value on each side and the difference. */
export type DivergingRow = {
  readonly key: string;
  readonly label: string;
  readonly before: number;
  readonly after: number;
  readonly delta: number;
};

/**
 * A diverging bar chart of what moved: one bar per row from a centre line, to the right for
 * more and to the left for less, scaled to the largest change; names wrap instead of being cut
 * off. Its table (both sides and the difference) follows for screen readers and for reading
 * exact figures. Values are formatted by the caller.
 */
export function DivergingBars(props: {
  rows: readonly DivergingRow[];
  format: (value: number) => string;
  formatDelta: (value: number) => string;
  summary: string;
  tableCaption: string;
  columns: readonly [string, string, string, string];
}) {
  const max = Math.max(1e-9, ...props.rows.map((r) => Math.abs(r.delta)));
  return (
    <figure className="chart diverge">
      <div className="diverge__bars" role="img" aria-label={props.summary}>
        {props.rows.map((r) => {
          const width = `${Math.round((Math.abs(r.delta) / max) * 1000) / 10}%`;
          return (
            <div key={r.key} className="diverge__row">
              <span className="diverge__label">{r.label}</span>
              <span className="diverge__half diverge__half--less">
                {r.delta < 0 ? <span className="diverge__bar" style={{ width }} /> : null}
              </span>
              <span className="diverge__half diverge__half--more">
                {r.delta > 0 ? <span className="diverge__bar" style={{ width }} /> : null}
              </span>
              <span
                className={`diverge__value${r.delta < 0 ? ' diverge__value--less' : r.delta > 0 ? ' diverge__value--more' : ''}`}
              >
                {props.formatDelta(r.delta)}
              </span>
            </div>
          );
        })}
      </div>
      <ChartTable
        caption={props.tableCaption}
        columns={props.columns}
        rows={props.rows.map((r) => ({
          key: r.key,
          label: r.label,
          cells: [props.format(r.before), props.format(r.after), props.formatDelta(r.delta)],
        }))}
      />
    </figure>
  );
}
