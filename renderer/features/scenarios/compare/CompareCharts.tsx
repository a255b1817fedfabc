import { Fragment } from 'react';
import { t } from '../../../components/i18n';

/** One bar: a column's name, its value and the value in words. */
export type BarDatum = { readonly label: string; readonly value: number; readonly text: string };

/** Words packed greedily into lines of at most `width` characters. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  // A word longer than a line is broken into pieces of a line each.
  const size = Math.max(1, width);
  const words: string[] = [];
  for (const w of text.split(/\s+/))
    for (let k = 0; k < w.length; k += size) words.push(w.slice(k, k + size));
  for (const word of words) {
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
/** Characters of an 11 px label that fit the chart's width (long names wrap, never cut off). */
const LABEL_CHARS = 60;
const LINE = 13;
const BAR = 12;
const GAP = 8;

/**
 * Small horizontal bars, one per column (the base first), drawn from a zero line: to the right
 * for a positive value, to the left for a negative one when any value is negative. The name and
 * the value in words stand above each bar, wrapped; `summary` is the chart's label.
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
  const wrapped = props.data.map((d) =>
    wrapWords(t('scmp.pair', { label: d.label, value: d.text }), LABEL_CHARS),
  );
  const heights = wrapped.map((lines) => lines.length * LINE + 4 + BAR + GAP);
  const rows = props.data.map((d, i) => ({
    d,
    lines: wrapped[i] ?? [],
    top: heights.slice(0, i).reduce((s, h) => s + h, 0),
  }));
  const y = heights.reduce((s, h) => s + h, 0);
  return (
    <svg className="scmp__bars" viewBox={`0 0 ${W} ${y}`} role="img" aria-label={props.summary}>
      {rows.map(({ d, lines, top }, i) => {
        const barY = top + lines.length * LINE + 4;
        const width = (Math.abs(d.value) / max) * span;
        const x = d.value < 0 ? zero - width : zero;
        const tone = !props.signed
          ? 'scmp__bar'
          : d.value < 0
            ? 'scmp__bar--bad'
            : 'scmp__bar--good';
        return (
          <g key={i}>
            <text x={0} y={top + LINE - 2} className="scmp__bar-label">
              {lines.map((l, k) => (
                <tspan key={k} x={0} dy={k === 0 ? 0 : LINE}>
                  {l}
                </tspan>
              ))}
            </text>
            <rect x={x} y={barY} width={Math.max(width, 0.5)} height={BAR} className={tone} />
            {anyNegative ? (
              <line x1={zero} x2={zero} y1={barY - 2} y2={barY + BAR + 2} className="scmp__zero" />
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

/** One block of the heat grid: a column's name and its hours per team id and quarter. */
export type GridBlock = {
  readonly label: string;
  readonly values: ReadonlyMap<string, readonly number[]>;
};

/** Width per character of an 11 px team name (the widest glyphs of the UI font, with room). */
const CHAR_W = 6.4;
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
  // The names column as wide as the longest team name, so that none is cut off.
  const NAME_W = Math.max(
    120,
    Math.ceil(Math.max(0, ...props.teams.map((x) => x.name.length)) * CHAR_W) + 12,
  );
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
