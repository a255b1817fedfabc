import type { ReactNode } from 'react';
import { formatHours, formatNumber } from '../../../shared/format/nl';
import type { ShiftRow, YearOverYear } from '../../../shared/year-end/year-over-year';
import { t } from '../../components/i18n';
import { ScrollArea } from '../../components/ScrollArea';
import { ShowAllButton, useShowAll } from '../../components/windowed-rows';
import { formatSigned } from '../../../shared/year-end/format';

/** A list of activities under a heading, shortened when long. */
function List(props: { title: string; items: readonly { key: string; text: ReactNode }[] }) {
  const { shown, showAll } = useShowAll(props.items, 25);
  return (
    <div className="yoy__list">
      <h3>{props.title}</h3>
      {props.items.length === 0 ? (
        <p className="muted">{t('yoy.empty')}</p>
      ) : (
        <ul>
          {shown.map((i) => (
            <li key={i.key}>{i.text}</li>
          ))}
        </ul>
      )}
      <ShowAllButton
        shown={shown.length}
        total={props.items.length}
        what={props.title}
        onClick={showAll}
      />
    </div>
  );
}

/** Hours per theme or domain: N's plan against N−1's plan and realisation. */
function ShiftTable(props: {
  title: string;
  rows: readonly ShiftRow[];
  year: number;
  previousYear: number;
  head: string;
}) {
  return (
    <div>
      <h3>{props.title}</h3>
      <ScrollArea label={props.title}>
        <table className="grid">
          <caption className="sr-only">{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">{props.head}</th>
              <th scope="col" className="num">
                {t('yoy.col.plan', { year: props.previousYear })}
              </th>
              <th scope="col" className="num">
                {t('yoy.col.previousActual', { year: props.previousYear })}
              </th>
              <th scope="col" className="num">
                {t('yoy.col.plan', { year: props.year })}
              </th>
              <th scope="col" className="num">
                {t('yoy.col.shift')}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row" style={{ paddingLeft: `${0.5 + r.depth * 1.25}rem` }}>
                  {r.label}
                </th>
                <td className="num">{formatHours(Math.round(r.previousPlan))}</td>
                <td className="num">{formatHours(Math.round(r.previousActual))}</td>
                <td className="num">{formatHours(Math.round(r.plan))}</td>
                <td className="num">{formatSigned('hours', r.shift)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </div>
  );
}

/** The coverage matrix theme × domain × year as a heat-map table: a theme row, its domains under it. */
function CoverageTable(props: { yy: YearOverYear }) {
  const cov = props.yy.coverage;
  const withProgramme = new Set(cov.yearsWithProgramme);
  const heat = (h: number) => (cov.maxHours > 0 ? Math.round((h / cov.maxHours) * 100) / 100 : 0);
  const title = t('yoy.coverage', {
    from: cov.years[0] ?? props.yy.year,
    to: cov.years.at(-1) ?? props.yy.year,
  });
  return (
    <div>
      <h3>{title}</h3>
      <p className="muted small">{t('yoy.coverageHint')}</p>
      <ScrollArea label={t('yoy.coverageLabel')}>
        <table className="grid yoy__coverage">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planActual.col.theme')}</th>
              {cov.years.map((y) => (
                <th key={y} scope="col" className="num">
                  {y}
                  {withProgramme.has(y) ? null : (
                    <span className="muted small yoy__none"> {t('yoy.coverageNoProgramme')}</span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cov.themes.flatMap(({ theme, depth }) => {
              const domains = cov.domains.filter((d) =>
                cov.years.some((y) => cov.cell(theme.id, d.id, y).count > 0),
              );
              return [
                <tr key={theme.id} className="yoy__theme">
                  <th scope="row" style={{ paddingLeft: `${0.5 + depth * 1.25}rem` }}>
                    {theme.name} <span className="muted small">({t('yoy.coverageTotal')})</span>
                  </th>
                  {cov.years.map((y) => {
                    const c = cov.themeYear(theme.id, y);
                    return (
                      <td key={y} className="num">
                        {c.count > 0 ? formatHours(Math.round(c.hours)) : '—'}
                      </td>
                    );
                  })}
                </tr>,
                ...domains.map((d) => (
                  <tr key={`${theme.id}/${d.id}`}>
                    <th
                      scope="row"
                      style={{ paddingLeft: `${1.75 + depth * 1.25}rem` }}
                      className="yoy__domain"
                    >
                      {d.name}
                    </th>
                    {cov.years.map((y) => {
                      const c = cov.cell(theme.id, d.id, y);
                      const level = heat(c.hours);
                      return (
                        <td
                          key={y}
                          className={`num yoy__cell${level > 0.55 ? ' yoy__cell--strong' : ''}`}
                          style={{ ['--heat' as string]: `${level}` }}
                        >
                          {c.count > 0 ? formatHours(Math.round(c.hours)) : '—'}
                        </td>
                      );
                    })}
                  </tr>
                )),
              ];
            })}
          </tbody>
        </table>
      </ScrollArea>
    </div>
  );
}

/**
 * Year over year: carried over, new and dropped activities; hours per theme and domain shifted
 * (N plan, N−1 plan and realisation); MJP coverage theme × domain × year.
 */
export function YearOverYearSection(props: { yy: YearOverYear }): ReactNode {
  const { yy } = props;
  const prev = yy.previousYear;
  return (
    <section className="card card--wide yoy" aria-labelledby="yoy-title">
      <h2 id="yoy-title">{t('yoy.title')}</h2>
      {prev === null ? (
        <p>{t('yoy.none', { year: yy.year - 1 })}</p>
      ) : (
        <>
          <div className="yoy__lists">
            <List
              title={t('yoy.carried', { year: prev, n: formatNumber(yy.carried.length) })}
              items={yy.carried.map((c) => ({
                key: c.activityId,
                text: (
                  <>
                    {c.title}{' '}
                    <span className="muted small">
                      ({t('yoy.from', { title: c.fromTitle })};{' '}
                      {c.fromStatus ? t(`yearEnd.${c.fromStatus}`) : t('yoy.noStatus')})
                    </span>
                  </>
                ),
              }))}
            />
            <List
              title={t('yoy.added', { year: yy.year, n: formatNumber(yy.added.length) })}
              items={yy.added.map((a) => ({ key: a.activityId, text: a.title }))}
            />
            <List
              title={t('yoy.dropped', { year: prev, n: formatNumber(yy.dropped.length) })}
              items={yy.dropped.map((d) => ({
                key: d.activityId,
                text: (
                  <>
                    {d.title}{' '}
                    <span className="muted small">
                      ({d.status ? t(`yearEnd.${d.status}`) : t('yoy.noStatus')}
                      {d.reason !== '' ? `: ${d.reason}` : ''})
                    </span>
                  </>
                ),
              }))}
            />
          </div>
          <div className="yoy__shifts">
            <ShiftTable
              title={t('yoy.shiftTheme')}
              rows={yy.byTheme}
              year={yy.year}
              previousYear={prev}
              head={t('planActual.col.theme')}
            />
            <ShiftTable
              title={t('yoy.shiftDomain')}
              rows={yy.byDomain}
              year={yy.year}
              previousYear={prev}
              head={t('planActual.col.domain')}
            />
          </div>
        </>
      )}
      <CoverageTable yy={yy} />
    </section>
  );
}
