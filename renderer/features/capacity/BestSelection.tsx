import type { Activity, Team } from '../../../shared/domain/schemas';
import { formatHours, formatScore } from '../../../shared/format/nl';
import { adoptionForces, teamHoursOf } from '../../../shared/planning/adopt';
import { t } from '../../components/i18n';
import { forceMany } from '../../state/commands/calls';
import type { PlanningView } from '../../state/planning';
import { useKoers } from '../../state/store';
import { ReasonAction } from './ReasonForm';

/**
 * The best selection (HiGHS) against the line: its score, what it adds and drops, the hours it
 * plans more or less per team, and adopting it as forces with a reason in one undoable step.
 */
export function BestSelection(props: {
  planning: PlanningView;
  activities: readonly Activity[];
  teams: readonly Team[];
  fillScore: number;
}) {
  const { planning } = props;
  const selection = useKoers((s) => (s.selection?.data === s.data ? s.selection.result : null));
  const failed = useKoers((s) => s.selectionFailed);
  const dispatch = useKoers((s) => s.dispatch);
  const title = (id: string) => props.activities.find((a) => a.id === id)?.title ?? id;
  const teamName = (id: string) => props.teams.find((x) => x.id === id)?.name ?? id;
  const aboveIds = new Set(planning.line.entries.filter((e) => e.above).map((e) => e.id));
  const bestIn = selection ? [...selection.selected].filter((id) => !aboveIds.has(id)) : [];
  const bestOut = selection ? [...aboveIds].filter((id) => !selection.selected.has(id)) : [];

  let body;
  if (failed) body = <p className="warning">{t('line.bestFailed')}</p>;
  else if (!selection) body = <p className="muted">{t('line.bestBusy')}</p>;
  else if (bestIn.length === 0 && bestOut.length === 0)
    body = <p>{t('line.bestSame', { score: formatScore(props.fillScore) })}</p>;
  else {
    const fillHours = teamHoursOf(planning.candidates, aboveIds);
    const bestHours = teamHoursOf(planning.candidates, selection.selected);
    const gains = [...new Set([...fillHours.keys(), ...bestHours.keys()])]
      .map((team) => ({
        team,
        fill: fillHours.get(team) ?? 0,
        best: bestHours.get(team) ?? 0,
      }))
      .filter((g) => Math.abs(g.best - g.fill) >= 0.5)
      .sort((a, b) => b.best - b.fill - (a.best - a.fill));
    const adopt = async (reason: string) => {
      const forces = adoptionForces(planning.candidates, planning.space, selection.selected, {
        strict: planning.settings.strict,
      });
      const calls = [
        ...forces.forceIn.map((id) => [id, { mode: 'in' as const, reason }] as const),
        ...forces.forceOut.map((id) => [id, { mode: 'out' as const, reason }] as const),
      ];
      await dispatch(forceMany(calls), { label: { key: 'history.adoptBest' } });
    };
    body = (
      <div className="best">
        <p>
          {t('line.bestDiffers', {
            best: formatScore(selection.totalScore),
            fill: formatScore(props.fillScore),
          })}{' '}
          <strong>
            {t('line.bestGain', { gain: formatScore(selection.totalScore - props.fillScore) })}
          </strong>
        </p>
        <div className="best__cols">
          <div>
            <h4>{t('line.bestIn')}</h4>
            <ul>
              {bestIn.map((id) => (
                <li key={id}>{title(id)}</li>
              ))}
            </ul>
          </div>
          <div>
            <h4>{t('line.bestOut')}</h4>
            <ul>
              {bestOut.map((id) => (
                <li key={id}>{title(id)}</li>
              ))}
            </ul>
          </div>
        </div>
        {gains.length > 0 ? (
          <table className="grid best__gain">
            <caption>{t('line.bestHours')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('capacity.team')}</th>
                <th scope="col" className="num">
                  {t('line.bestHoursFill')}
                </th>
                <th scope="col" className="num">
                  {t('line.bestHoursBest')}
                </th>
                <th scope="col" className="num">
                  {t('line.bestHoursGain')}
                </th>
              </tr>
            </thead>
            <tbody>
              {gains.map((g) => (
                <tr key={g.team}>
                  <th scope="row">{teamName(g.team)}</th>
                  <td className="num">{formatHours(Math.round(g.fill))}</td>
                  <td className="num">{formatHours(Math.round(g.best))}</td>
                  <td className="num">
                    {g.best >= g.fill ? '+' : '−'}
                    {formatHours(Math.round(Math.abs(g.best - g.fill)))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <ReasonAction
          className="adopt-form"
          open={t('line.adopt')}
          label={t('line.adoptReason')}
          confirm={t('line.adoptConfirm')}
          onSubmit={adopt}
        />
      </div>
    );
  }
  return (
    <>
      <h3>{t('line.best')}</h3>
      <p className="muted small">{t('line.bestHint')}</p>
      {body}
    </>
  );
}
