import type { Activity, Team } from '../../../shared/domain/schemas';
import type { MonthKey } from '../../../shared/domain/units';
import { formatMonth, formatMonthShort, formatNumberInput } from '../../../shared/format/nl';
import { activityMonthHours } from '../../../shared/planning/allocation';
import { monthsBetween } from '../../../shared/time/months';
import { ParsedField } from '../../components/fields';
import { t } from '../../components/i18n';
import { parseHours } from '../../components/parse';
import { ScrollArea } from '../../components/ScrollArea';
import { selectPlanning } from '../../state/planning';
import { useKoers } from '../../state/store';
import { MonthLoad } from './MonthLoad';

/** Largest number of hours in one month for one team. */
const MAX_MONTH_HOURS = 10_000;

/**
 * Hours per team per month of the activity's run. A total without months is shown spread
 * evenly; changing one month makes that team's months explicit.
 */
export function MonthGrid(props: {
  activity: Activity;
  teams: readonly Team[];
  /** The activity whose month hours are edited (each cell stores its own month). */
  activityId: string;
}) {
  const { activity } = props;
  // The team's load per month, read from the same plan as the heat map: after each saved
  // change the store's data changes and the row follows.
  const planning = useKoers(selectPlanning);
  const table = activityMonthHours(activity);
  const run = monthsBetween(activity.startMonth, activity.endMonth);
  const teams = props.teams.filter((team) => table.has(team.id));
  if (teams.length === 0 || run.length === 0) return null;
  return (
    <div className="span-2 months">
      <p className="outputs__title">{t('field.monthGrid')}</p>
      <ScrollArea label={t('field.monthGrid')}>
        <table className="grid month-grid">
          <thead>
            <tr>
              <td />
              {run.map((m) => (
                <th scope="col" key={m} className="num">
                  <abbr title={formatMonth(m)}>{formatMonthShort(m)}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          {teams.map((team) => (
            // One group per team: its name across the grid, its hours, and its load beneath.
            <tbody key={team.id}>
              <tr className="month-grid__team">
                <th scope="rowgroup" colSpan={run.length + 1}>
                  {team.name}
                </th>
              </tr>
              <tr>
                <th scope="row">
                  {t('heat.dialog.hours')}
                  <span className="sr-only"> {team.name}</span>
                </th>
                {run.map((m: MonthKey) => (
                  <td key={m}>
                    <ParsedField
                      label={t('field.monthHours', { team: team.name, month: formatMonth(m) })}
                      value={Math.round((table.get(team.id)?.get(m) ?? 0) * 100) / 100}
                      format={(v) => (v === 0 ? '' : formatNumberInput(v))}
                      parse={(text) => parseHours(text, MAX_MONTH_HOURS)}
                      save={(h) => ({
                        name: 'activity/month-hours',
                        args: [props.activityId, team.id, m, h],
                      })}
                      className="field--inline field--num field--month"
                    />
                  </td>
                ))}
              </tr>
              {planning ? (
                <MonthLoad team={team} months={run} cells={planning.utilisation.cells} />
              ) : null}
            </tbody>
          ))}
        </table>
      </ScrollArea>
      {planning && !planning.planned.has(activity.id) ? (
        <p className="muted small">{t('grid.notCounted')}</p>
      ) : (
        <p className="muted small">{t('grid.loadHint')}</p>
      )}
    </div>
  );
}
