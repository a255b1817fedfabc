import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { ROEMERNORM } from '../../../../shared/budget/cost-model';
import type { ProgrammeSnapshot } from '../../../../shared/domain/snapshot';
import { cents } from '../../../../shared/domain/units';
import { formatSignedHours } from '../../../../shared/format/compare';
import {
  formatHours,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPeriod,
} from '../../../../shared/format/nl';
import {
  compareScenarios,
  MAX_COMPARED_SCENARIOS,
  type ScenarioColumn,
  type ScenarioComparison,
} from '../../../../shared/scenario/compare';
import { t } from '../../../components/i18n';
import { ScrollArea } from '../../../components/ScrollArea';
import { planOf } from '../../../state/planning';
import { CompareBars, DisplacementGrid } from './CompareCharts';

/** The class the page carries while the comparison prints, so that only it is printed. */
export const PRINT_CLASS = 'scmp-printing';

/** What the comparison is given: the base and up to four scenarios, each a snapshot. */
export type ScenarioCompareProps = {
  readonly base: { readonly label: string; readonly snapshot: ProgrammeSnapshot };
  readonly scenarios: readonly {
    readonly id: string;
    readonly label: string;
    readonly snapshot: ProgrammeSnapshot;
  }[];
  /** Opens an activity (e.g. in the programme); without it names are plain text. */
  readonly onOpenActivity?: (activityId: string) => void;
};

/** The printable area of an A4 landscape page with 8 mm margins, in CSS px (281 × 194 mm). */
const PAGE = { width: 1062, height: 733 };

/**
 * Prints the comparison alone on one landscape page: the print class gives it the page's width
 * in a compact layout (styles.css), then it is zoomed to fit the page's height; `afterprint`
 * takes both off again.
 */
function printComparison(section: HTMLElement | null): void {
  document.documentElement.classList.add(PRINT_CLASS);
  if (section) {
    section.style.removeProperty('zoom');
    const zoom = Math.min(1, PAGE.height / Math.max(1, section.scrollHeight));
    if (zoom < 1) {
      // Zoomed out, it may be as wide as the page again: fewer lines, a little more room.
      // eslint-disable-next-line no-restricted-syntax -- a CSS value, not shown to anyone
      section.style.setProperty('zoom', (Math.floor(zoom * 100) / 100).toFixed(2));
      // eslint-disable-next-line no-restricted-syntax -- a CSS value, not shown to anyone
      section.style.setProperty('width', `${Math.floor(PAGE.width / zoom).toFixed(0)}px`);
      const again = Math.min(1, PAGE.height / Math.max(1, section.scrollHeight * zoom));
      if (again < 1)
        // eslint-disable-next-line no-restricted-syntax -- a CSS value, not shown to anyone
        section.style.setProperty('zoom', (Math.floor(zoom * again * 100) / 100).toFixed(2));
    }
  }
  window.print();
}

/** A money result in words: `€ 440.725 ruimte` or `€ 370.675 overschrijding`. */
function resultText(col: ScenarioColumn): string {
  const b = col.budget;
  if (!b) return t('scmp.noBudget');
  return t(b.result < 0 ? 'scmp.resultOver' : 'scmp.resultRoom', {
    amount: formatMoney(cents(Math.abs(b.result))),
  });
}

/** The Roemernorm ratio in words, with "boven de norm" when it is above. */
function roemerText(col: ScenarioColumn): string {
  const b = col.budget;
  if (!b) return t('scmp.noBudget');
  return b.roemerOver
    ? t('scmp.roemerOver', { ratio: formatPercent(b.roemerRatio) })
    : formatPercent(b.roemerRatio);
}

/** The figures table's rows: a label and one text per column (the base first). */
function figureRows(
  c: ScenarioComparison,
  basis: 'quarter' | 'month' | 'year',
): { key: string; label: string; cells: string[] }[] {
  const cols = [c.base, ...c.scenarios];
  const row = (key: string, label: string, cell: (col: ScenarioColumn) => string) => ({
    key,
    label,
    cells: cols.map(cell),
  });
  return [
    row('space', t('scmp.row.space'), (col) => formatHours(Math.round(col.line.space))),
    row('above', t('scmp.row.above'), (col) =>
      t('scmp.aboveValue', {
        above: formatNumber(col.line.above),
        total: formatNumber(col.line.candidates),
      }),
    ),
    row('below', t('scmp.row.below'), (col) => formatNumber(col.below)),
    row('hoursBelow', t('scmp.row.hoursBelow'), (col) => formatHours(Math.round(col.hoursBelow))),
    row('overloaded', t(`scmp.row.overloaded.${basis}`), (col) =>
      formatNumber(col.overloaded.length),
    ),
    row('result', t('scmp.row.result'), resultText),
    row('roemer', t('scmp.row.roemer', { norm: formatPercent(ROEMERNORM) }), roemerText),
  ];
}

/** Names shown in a cell before the rest fold away (a large programme can move hundreds). */
const NAMES_SHOWN = 10;

/** A list of names in a cell, or "geen"; beyond ten the rest behind "en nog …". */
function NameList(props: { readonly items: readonly { id: string; text: ReactNode }[] }) {
  if (props.items.length === 0) return <span className="muted">{t('scmp.nothing')}</span>;
  const list = (items: readonly { id: string; text: ReactNode }[]) => (
    <ul className="scmp__names">
      {items.map((x) => (
        <li key={x.id}>{x.text}</li>
      ))}
    </ul>
  );
  const rest = props.items.slice(NAMES_SHOWN);
  return (
    <>
      {list(props.items.slice(0, NAMES_SHOWN))}
      {rest.length > 0 ? (
        <details className="scmp__more">
          <summary>{t('scmp.more', { count: formatNumber(rest.length) })}</summary>
          {list(rest)}
        </details>
      ) : null}
    </>
  );
}

/**
 * *Vergelijk scenario's* (issue 12): the base and up to four scenarios side by side — the
 * space for choices, above and below the line and who moved, the overloaded team-periods, the
 * budget result, external hire against the Roemernorm, MJP coverage per theme, and the planned
 * hours moved against the base per team and quarter — as tables (one column per snapshot, the
 * base first) with small charts, printable on one landscape page.
 */
export function ScenarioCompare(props: ScenarioCompareProps) {
  const sectionRef = useRef<HTMLElement>(null);
  const titleId = useId();
  const figuresId = useId();
  const differsId = useId();
  const coverageId = useId();
  const gridId = useId();
  const { base, scenarios } = props;
  const comparison = useMemo(() => compareScenarios(base, scenarios, planOf), [base, scenarios]);
  useEffect(() => {
    const done = () => {
      document.documentElement.classList.remove(PRINT_CLASS);
      sectionRef.current?.style.removeProperty('zoom');
      sectionRef.current?.style.removeProperty('width');
    };
    window.addEventListener('afterprint', done);
    return () => {
      window.removeEventListener('afterprint', done);
      done();
    };
  }, []);
  const c = comparison;
  const cols = [c.base, ...c.scenarios];
  const basis = base.snapshot.programme.line.basis;
  const heads = [t('scmp.baseColumn', { label: c.base.label }), ...c.scenarios.map((s) => s.label)];
  const teamName = new Map(c.teams.map((x) => [x.id, x.name]));
  const title = (a: { id: string; title: string }) =>
    props.onOpenActivity ? (
      <button type="button" className="link-button" onClick={() => props.onOpenActivity?.(a.id)}>
        {a.title}
      </button>
    ) : (
      a.title
    );
  const figures = figureRows(c, basis);
  const year = base.snapshot.programme.year;
  const colHeads = (numeric: boolean) => (
    <>
      {heads.map((h, i) => (
        <th
          key={i}
          scope="col"
          className={`${numeric ? 'num' : ''}${i === 0 ? ' scmp__base' : ''}`.trim() || undefined}
        >
          {h}
        </th>
      ))}
    </>
  );
  const pairs = (text: (col: ScenarioColumn) => string) =>
    cols
      .map((col, i) => t('scmp.pair', { label: heads[i] ?? col.label, value: text(col) }))
      .join('; ');
  const blocks = c.scenarios.map((s) => ({
    label: s.label,
    values: s.displacement,
  }));
  const moved = c.scenarios.some((s) => s.displacement.size > 0);
  const displacementSummary = t('scmp.gridSummary', {
    changes:
      c.scenarios
        .map((s) => {
          const biggest = [...s.displacement]
            .flatMap(([team, q]) => q.map((h, i) => ({ team, i, h })))
            .filter((x) => Math.round(x.h) !== 0)
            .sort((a, b) => Math.abs(b.h) - Math.abs(a.h))
            .slice(0, 3)
            .map((x) =>
              t('scmp.gridChange', {
                team: teamName.get(x.team) ?? x.team,
                n: x.i + 1,
                hours: formatSignedHours(Math.round(x.h)),
              }),
            );
          return t('scmp.pair', {
            label: s.label,
            value: biggest.length ? biggest.join(', ') : t('scmp.nothing'),
          });
        })
        .join('; ') || t('scmp.nothing'),
  });
  return (
    <section ref={sectionRef} className="card card--wide scmp" aria-labelledby={titleId}>
      <div className="scmp__head">
        <h2 id={titleId}>{t('scmp.title')}</h2>
        <button
          type="button"
          className="button scmp__print"
          onClick={() => {
            printComparison(sectionRef.current);
          }}
        >
          {t('scmp.print')}
        </button>
      </div>
      <p className="muted small scmp__hint">
        {t('scmp.hint', { max: formatNumber(MAX_COMPARED_SCENARIOS) })}
      </p>
      {c.leftOut > 0 ? (
        <p className="warning" role="status">
          {t('scmp.leftOut', {
            max: formatNumber(MAX_COMPARED_SCENARIOS),
            count: formatNumber(c.leftOut),
          })}
        </p>
      ) : null}
      {c.scenarios.length === 0 ? <p>{t('scmp.none')}</p> : null}

      <div className="scmp__top">
        <div className="scmp__block">
          <table className="grid scmp__table" aria-labelledby={figuresId}>
            <caption id={figuresId} className="scmp__caption">
              {t('scmp.figures')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('scmp.col.figure')}</th>
                {colHeads(true)}
              </tr>
            </thead>
            <tbody>
              {figures.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  {r.cells.map((cell, i) => (
                    <td
                      key={i}
                      className={`num${i > 0 && cell !== r.cells[0] ? ' scmp__differs' : ''}${i === 0 ? ' scmp__base' : ''}`}
                    >
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="scmp__charts">
          <figure className="scmp__chart">
            <figcaption>{t('scmp.chart.below')}</figcaption>
            <CompareBars
              data={cols.map((col, i) => ({
                label: heads[i] ?? col.label,
                value: col.hoursBelow,
                text: formatHours(Math.round(col.hoursBelow)),
              }))}
              summary={t('scmp.chart.belowSummary', {
                values: pairs((col) => formatHours(Math.round(col.hoursBelow))),
              })}
            />
          </figure>
          <figure className="scmp__chart">
            <figcaption>{t('scmp.chart.result')}</figcaption>
            <CompareBars
              signed
              data={cols.map((col, i) => ({
                label: heads[i] ?? col.label,
                value: col.budget?.result ?? 0,
                text: resultText(col),
              }))}
              summary={t('scmp.chart.resultSummary', { values: pairs(resultText) })}
            />
          </figure>
        </div>
      </div>

      <div className="scmp__block">
        <table className="grid scmp__table" aria-labelledby={differsId}>
          <caption id={differsId} className="scmp__caption">
            {t('scmp.differs')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('scmp.col.what')}</th>
              {colHeads(false)}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('scmp.row.fellBelow')}</th>
              {cols.map((col, i) => (
                <td key={i} className={i === 0 ? 'scmp__base' : undefined}>
                  {i === 0 ? (
                    <span className="muted">{t('scmp.isBase')}</span>
                  ) : (
                    <NameList items={col.fellBelow.map((a) => ({ id: a.id, text: title(a) }))} />
                  )}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('scmp.row.cameAbove')}</th>
              {cols.map((col, i) => (
                <td key={i} className={i === 0 ? 'scmp__base' : undefined}>
                  {i === 0 ? (
                    <span className="muted">{t('scmp.isBase')}</span>
                  ) : (
                    <NameList items={col.cameAbove.map((a) => ({ id: a.id, text: title(a) }))} />
                  )}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t(`scmp.row.overloadedWhich.${basis}`)}</th>
              {cols.map((col, i) => (
                <td key={i} className={i === 0 ? 'scmp__base' : undefined}>
                  <NameList
                    items={col.overloaded.map((o) => ({
                      id: `${o.teamId}|${o.period}`,
                      text: t('scmp.overCell', {
                        team: teamName.get(o.teamId) ?? o.teamId,
                        period: formatPeriod(o.period),
                        hours: formatHours(Math.round(o.over)),
                      }),
                    }))}
                  />
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>

      <div className="scmp__bottom">
        <div className="scmp__block">
          <table className="grid scmp__table scmp__table--coverage" aria-labelledby={coverageId}>
            <caption id={coverageId} className="scmp__caption">
              {t('scmp.coverage', { year })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('scmp.col.theme')}</th>
                {colHeads(true)}
              </tr>
            </thead>
            <tbody>
              {c.themes.map((theme) => {
                const hours = cols.map((col) => Math.round(col.coverage.get(theme.id)?.hours ?? 0));
                return (
                  <tr key={theme.id}>
                    <th
                      scope="row"
                      style={{ paddingLeft: 6 + theme.depth * 13 }}
                      className={theme.depth === 0 ? 'strong' : undefined}
                    >
                      {theme.name}
                    </th>
                    {hours.map((h, i) => (
                      <td
                        key={i}
                        className={`num${i > 0 && h !== hours[0] ? ' scmp__differs' : ''}${i === 0 ? ' scmp__base' : ''}`}
                      >
                        {formatNumber(h)}
                        {i > 0 && h !== hours[0] ? (
                          <span className="scmp__delta">
                            {' '}
                            {t('scmp.delta', { delta: formatSignedHours(h - (hours[0] ?? 0)) })}
                          </span>
                        ) : null}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>

        <figure className="scmp__chart scmp__chart--grid" aria-labelledby={gridId}>
          <figcaption id={gridId}>{t('scmp.grid')}</figcaption>
          <p className="muted small">{t('scmp.gridHint')}</p>
          {moved ? (
            <>
              <DisplacementGrid
                teams={c.teams}
                blocks={blocks}
                summary={displacementSummary}
                format={(h) => `${formatSignedHours(Math.round(h))} uur`}
              />
              <details className="chart__table scmp__grid-table">
                <summary>{t('capacity.showTable')}</summary>
                <ScrollArea label={t('scmp.grid')}>
                  <table className="grid scmp__table scmp__table--wide">
                    <caption className="sr-only">{t('scmp.grid')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('scmp.col.team')}</th>
                        {c.scenarios.flatMap((s, k) =>
                          [1, 2, 3, 4].map((q) => (
                            <th key={k * 4 + q} scope="col" className="num">
                              {t('scmp.gridColumn', { label: s.label, n: q })}
                            </th>
                          )),
                        )}
                      </tr>
                    </thead>
                    <tbody>
                      {c.teams.map((team) => (
                        <tr key={team.id}>
                          <th scope="row">{team.name}</th>
                          {c.scenarios.flatMap((s, k) =>
                            (s.displacement.get(team.id) ?? [0, 0, 0, 0]).map((h, q) => (
                              <td key={k * 4 + q} className="num">
                                {formatSignedHours(Math.round(h))}
                              </td>
                            )),
                          )}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollArea>
              </details>
            </>
          ) : (
            <p role="status">{t('scmp.gridNone')}</p>
          )}
        </figure>
      </div>
    </section>
  );
}
