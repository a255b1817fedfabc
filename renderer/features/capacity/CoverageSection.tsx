import { formatHours, formatNumber, formatPercent } from '../../../shared/format/nl';
import { t } from '../../components/i18n';
import { ScrollArea } from '../../components/ScrollArea';
import type { PlanningView } from '../../state/planning';

/** MJP coverage: hours and share per theme per year, and the theme × domain matrix. */
export function CoverageSection({ planning }: { planning: PlanningView }) {
  const { coverage } = planning;
  const newest = coverage.years.at(-1);
  const domains = coverage.domains.filter((d) =>
    coverage.rows.some((r) => (r.domains.get(d.id) ?? 0) > 0),
  );
  const max = Math.max(1, ...coverage.rows.flatMap((r) => [...r.domains.values()]));
  return (
    <section className="card card--wide" aria-labelledby="coverage-title">
      <h2 id="coverage-title">{t('coverage.title')}</h2>
      <p className="muted small">{t('coverage.hint')}</p>
      <ScrollArea label={t('coverage.title')}>
        <table className="coverage" aria-labelledby="coverage-title">
          <thead>
            <tr>
              <th scope="col">{t('coverage.theme')}</th>
              {coverage.years.map((y) => (
                <th scope="col" key={y} className="num">
                  {t('coverage.hoursYear', { year: y })}
                </th>
              ))}
              {newest !== undefined ? (
                <th scope="col" className="num">
                  {t('coverage.share', { year: newest })}
                </th>
              ) : null}
              {domains.map((d) => (
                <th scope="col" key={d.id} className="num coverage__domain">
                  {d.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {coverage.rows.map((r) => {
              const last = r.years.at(-1);
              return (
                <tr key={r.theme.id} className={r.empty ? 'coverage__row--empty' : undefined}>
                  <th
                    scope="row"
                    style={{ paddingLeft: `${0.5 + r.depth * 1.25}rem` }}
                    className={r.depth === 0 ? 'strong' : undefined}
                  >
                    {r.theme.name}
                    {r.empty ? <span className="tag tag--warn">{t('coverage.empty')}</span> : null}
                  </th>
                  {r.years.map((y) => (
                    <td key={y.year} className="num">
                      {formatNumber(Math.round(y.hours))}
                    </td>
                  ))}
                  {last ? (
                    <td className="num">
                      <span className="share">
                        <span className="share__bar" aria-hidden="true">
                          <span style={{ width: `${Math.round(last.share * 100)}%` }} />
                        </span>
                        {formatPercent(last.share)}
                      </span>
                    </td>
                  ) : null}
                  {domains.map((d) => {
                    const h = r.domains.get(d.id) ?? 0;
                    const level = h === 0 ? 0 : Math.ceil((h / max) * 4);
                    return (
                      <td
                        key={d.id}
                        className={`num cov cov--${level}`}
                        title={`${r.theme.name} × ${d.name}: ${formatHours(h)}`}
                      >
                        {h === 0 ? '–' : formatNumber(Math.round(h))}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollArea>
    </section>
  );
}
