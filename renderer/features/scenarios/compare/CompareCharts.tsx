import { Fragment } from 'react';
import { t } from '../../../components/i18n';

/** One bar: a column's name, its value and the value in words. */
export type BarDatum = { readonly label: string; readonly value: number; readonly text: string };

/** Words packed greedily into lines of at most `width` characters (a long word keeps its line). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

const W = 400;
const ROW = 34;

/**
 * Small horizontal bars, one per column (the base first), drawn from a zero line: to the right
 * for a positive value, to the left for a negative one when any value is negative. The name and
 * the value in words stand above each bar (never cut off); `summary` is the chart's label.
 */
export function CompareBars(props: {
  readonly data: readonly BarDatum[];
  readonly summary: string;
  readonly signed?: boolean;
}) {
  const max = Math.max(1e-9, ...props.data.map((d) => Math.abs(d.value)));
  const anyNegative = props.signed === true && props.data.some((d) => d.value < 0);
  const zero = anyNegative ? W / 2 : 0;
  const span = anyNegative ? W / 2 : W;
  return (
    <svg
      className="scmp__bars"
      viewBox={`0 0 ${W} ${props.data.length * ROW + 2}`}
      role="img"
      aria-label={props.summary}
    >
      {props.data.map((d, i) => {
        const y = i * ROW;
        const width = (Math.abs(d.value) / max) * span;
        const x = d.value < 0 ? zero - width : zero;
        const tone = !props.signed
          ? 'scmp__bar'
          : d.value < 0
            ? 'scmp__bar--bad'
            : 'scmp__bar--good';
        return (
          <g key={i}>
            <text x={0} y={y + 12} className="scmp__bar-label">
              {`${d.label}: ${d.text}`}
            </text>
            <rect x={x} y={y + 17} width={Math.max(width, 0.5)} height={12} className={tone} />
          </g>
        );
      })}
      {anyNegative
        ? props.data.map((_, i) => (
            <line
              key={i}
              x1={zero}
              x2={zero}
              y1={i * ROW + 15}
              y2={i * ROW + 31}
              className="scmp__zero"
            />
          ))
        : null}
    </svg>
  );
}

/** One block of the heat grid: a column's name and its hours per team id and quarter. */
export type GridBlock = {
  readonly label: string;
  readonly values: ReadonlyMap<string, readonly number[]>;
};

const NAME_W = 250;
const CELL_W = 28;
const CELL_H = 18;
const BLOCK_GAP = 14;
const LINE_H = 12;

/** The class of a cell: four shades each way, by the size of the value against the largest. */
function shade(value: number, max: number): string {
  if (Math.abs(value) < 0.5) return 'scmp__cell scmp__cell--0';
  const level = Math.min(4, Math.max(1, Math.ceil((Math.abs(value) / max) * 4)));
  // eslint-disable-next-line no-restricted-syntax -- a class name, not shown to anyone
  return `scmp__cell scmp__cell--${value < 0 ? 'less' : 'more'}${String(level)}`;
}

/**
 * The displacement as a small heat grid: a row per team, per scenario a block of four quarters,
 * red where less is planned than in the base and blue where more. Block names wrap above their
 * block; each cell has its figure as a title; `summary` is the chart's label.
 */
export function DisplacementGrid(props: {
  readonly teams: readonly { readonly id: string; readonly name: string }[];
  readonly blocks: readonly GridBlock[];
  readonly summary: string;
  readonly format: (hours: number) => string;
}) {
  const blockW = 4 * CELL_W;
  const heads = props.blocks.map((b) => wrapWords(b.label, 18));
  const headH = (Math.max(1, ...heads.map((h) => h.length)) + 1) * LINE_H + 4;
  const width = NAME_W + props.blocks.length * (blockW + BLOCK_GAP);
  const height = headH + props.teams.length * CELL_H + 2;
  const max = Math.max(
    1,
    ...props.blocks.flatMap((b) => [...b.values.values()].flatMap((q) => q.map(Math.abs))),
  );
  return (
    <svg
      className="scmp__grid"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={props.summary}
      style={{ maxWidth: Math.round(width * 1.35) }}
    >
      {props.blocks.map((b, k) => {
        const x0 = NAME_W + k * (blockW + BLOCK_GAP);
        const lines = heads[k] ?? [];
        return (
          <g key={k}>
            <text className="scmp__grid-head" x={x0} y={LINE_H}>
              {lines.map((l, i) => (
                <tspan key={i} x={x0} dy={i === 0 ? 0 : LINE_H}>
                  {l}
                </tspan>
              ))}
            </text>
            {[1, 2, 3, 4].map((q) => (
              <text
                key={q}
                className="scmp__grid-q"
                x={x0 + (q - 1) * CELL_W + CELL_W / 2}
                y={headH - 4}
                textAnchor="middle"
              >
                {t('scmp.quarterShort', { n: q })}
              </text>
            ))}
            {props.teams.map((team, r) => {
              const q = b.values.get(team.id) ?? [0, 0, 0, 0];
              return (
                <Fragment key={team.id}>
                  {q.map((h, i) => (
                    <rect
                      key={i}
                      x={x0 + i * CELL_W + 1}
                      y={headH + r * CELL_H + 1}
                      width={CELL_W - 2}
                      height={CELL_H - 2}
                      className={shade(h, max)}
                    >
                      <title>
                        {t('scmp.cellTitle', {
                          team: team.name,
                          n: i + 1,
                          hours: props.format(h),
                        })}
                      </title>
                    </rect>
                  ))}
                </Fragment>
              );
            })}
          </g>
        );
      })}
      {props.teams.map((team, r) => (
        <text
          key={team.id}
          className="scmp__grid-team"
          x={NAME_W - 8}
          y={headH + r * CELL_H + CELL_H - 5}
          textAnchor="end"
        >
          {team.name}
        </text>
      ))}
    </svg>
  );
}
