import { useId, useState } from 'react';
import type { Activity, Team, Theme } from '../../../shared/domain/schemas';
import { formatHours, formatNumber } from '../../../shared/format/nl';
import { displacementOf } from '../../../shared/planning/displacement';
import { t } from '../../components/i18n';
import type { PlanningView } from '../../state/planning';

/** "If we add X, these fall below the line": the displacement set for a proposal, on one page. */
export function DisplacementSection(props: {
  planning: PlanningView;
  activities: readonly Activity[];
  teams: readonly Team[];
  themes: readonly Theme[];
  year: number;
}) {
  const [pick, setPick] = useState('');
  const id = useId();
  const below = props.planning.line.entries
    .filter((e) => !e.above && e.reason !== 'forced-out')
    .map((e) => e.id);
  const options = props.activities.filter((a) => below.includes(a.id));
  const chosen = options.find((a) => a.id === pick);
  const result = chosen
    ? displacementOf(
        [chosen.id],
        props.planning.candidates,
        props.planning.space,
        props.activities,
        props.year,
        { strict: props.planning.settings.strict },
      )
    : null;
  const title = (aid: string) => props.activities.find((a) => a.id === aid)?.title ?? aid;
  const teamName = (tid: string) => props.teams.find((x) => x.id === tid)?.name ?? tid;
  const themeName = (thid: string) => props.themes.find((x) => x.id === thid)?.name ?? thid;
  return (
    <section className="card" aria-labelledby="displace-title">
      <h2 id="displace-title">{t('displace.title')}</h2>
      <div className="field">
        <label htmlFor={id}>{t('displace.pick')}</label>
        <select
          id={id}
          value={pick}
          onChange={(e) => {
            setPick(e.target.value);
          }}
        >
          <option value="">{t('displace.none')}</option>
          {options.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
      </div>
      {chosen && result ? (
        <div className="displace" aria-live="polite">
          <p className="strong">
            {result.displaced.length > 0
              ? t('displace.result', { title: chosen.title, count: result.displaced.length })
              : t('displace.nothing', { title: chosen.title })}
          </p>
          {result.displaced.length > 0 ? (
            <>
              <ul className="plain displace__list">
                {result.displaced.map((d) => (
                  <li key={d}>{title(d)}</li>
                ))}
              </ul>
              <table className="grid">
                <caption>{t('displace.quarters')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('capacity.team')}</th>
                    {[1, 2, 3, 4].map((q) => (
                      <th scope="col" key={q} className="num">
                        {t('quarter', { q })}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {[...result.quarterHours].map(([team, qs]) => (
                    <tr key={team}>
                      <th scope="row">{teamName(team)}</th>
                      {qs.map((h, i) => (
                        <td key={i} className="num">
                          {formatNumber(Math.round(h))}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
              <h3>{t('displace.themes')}</h3>
              <ul className="plain">
                {result.themeHoursLost.map((x) => (
                  <li key={x.themeId}>
                    <strong>{themeName(x.themeId)}</strong>:{' '}
                    {x.left > 0
                      ? t('displace.themeLeft', {
                          lost: formatHours(x.hours),
                          left: formatHours(x.left),
                        })
                      : t('displace.themeGone', { lost: formatHours(x.hours) })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
