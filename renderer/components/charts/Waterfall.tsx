import { ChartTable } from './ChartTable';

/** One bar of a waterfall: a total, a subtotal, an amount taken off or one added. */
export type WaterfallStep = {
  readonly label: string;
  readonly value: number;
  readonly kind: 'total' | 'minus' | 'plus' | 'subtotal';
};

/** A step's amount as the chart and its table write it: `− x` taken off, `+ x` added. */
const signed = (s: WaterfallStep, format: (v: number) => string): string =>
  s.kind === 'minus'
    ? `− ${format(s.value)}`
    : s.kind === 'plus'
      ? `+ ${format(s.value)}`
      : format(s.value);

/**
 * A horizontal waterfall (bridge) chart with its table alternative: each row shows where the
 * running total starts and ends. Values are formatted by the caller.
 */
export function Waterfall(props: {
  steps: readonly WaterfallStep[];
  format: (value: number) => string;
  summary: string;
  tableCaption: string;
  columns: readonly [string, string];
  extraColumn?: { header: string; value: (step: WaterfallStep) => string };
}) {
  const max = Math.max(1, ...props.steps.map((s) => Math.abs(s.value)));
  // Each bar runs from the running total before it to the one after it.
  const bars = props.steps.reduce<(WaterfallStep & { from: number; to: number; after: number })[]>(
    (acc, s) => {
      const before = acc.at(-1)?.after ?? 0;
      const after =
        s.kind === 'minus' ? before - s.value : s.kind === 'plus' ? before + s.value : s.value;
      const [a, b] = s.kind === 'minus' || s.kind === 'plus' ? [after, before] : [0, s.value];
      acc.push({ ...s, from: Math.min(a, b), to: Math.max(a, b), after });
      return acc;
    },
    [],
  );
  const width = 580;
  // Wide enough for the longest English step in bold ("Planned supervision capacity", issue 14).
  const labelW = 225;
  const valueW = 95;
  const barW = width - labelW - valueW - 16;
  const rowH = 26;
  const height = bars.length * rowH + 8;
  const x = (v: number) => labelW + (Math.max(0, v) / max) * barW;
  return (
    <figure className="chart">
      <svg
        className="waterfall"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={props.summary}
        preserveAspectRatio="xMinYMin meet"
      >
        {bars.map((b, i) => {
          const y = 4 + i * rowH;
          const last = i === bars.length - 1;
          return (
            <g
              key={b.label}
              className={`waterfall__row waterfall__row--${b.kind}${last ? ' waterfall__row--last' : ''}`}
            >
              <text
                x={labelW - 10}
                y={y + rowH / 2 + 4}
                textAnchor="end"
                className="waterfall__label"
              >
                {b.label}
              </text>
              <rect
                x={x(b.from)}
                y={y + 5}
                width={Math.max(1, x(b.to) - x(b.from))}
                height={rowH - 10}
                rx={3}
              />
              {i > 0 ? (
                <line
                  x1={x(
                    bars[i - 1]?.kind === 'minus'
                      ? (bars[i - 1]?.from ?? 0)
                      : (bars[i - 1]?.to ?? 0),
                  )}
                  x2={x(
                    bars[i - 1]?.kind === 'minus'
                      ? (bars[i - 1]?.from ?? 0)
                      : (bars[i - 1]?.to ?? 0),
                  )}
                  y1={y - 5}
                  y2={y + 5}
                  className="waterfall__connector"
                />
              ) : null}
              <text
                x={width - 8}
                y={y + rowH / 2 + 4}
                textAnchor="end"
                className="waterfall__value"
              >
                {signed(b, props.format)}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartTable
        caption={props.tableCaption}
        columns={
          props.extraColumn
            ? [props.columns[0], props.columns[1], props.extraColumn.header]
            : [props.columns[0], props.columns[1]]
        }
        rows={props.steps.map((s) => ({
          key: s.label,
          label: s.label,
          cells: props.extraColumn
            ? [signed(s, props.format), props.extraColumn.value(s)]
            : [signed(s, props.format)],
          ...(s.kind === 'minus' || s.kind === 'plus' ? {} : { className: 'strong' }),
        }))}
      />
    </figure>
  );
}
