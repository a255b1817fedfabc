import type { Activity, Team } from '../../../shared/domain/schemas';
import type { MonthKey } from '../../../shared/domain/units';
import { formatMonth, formatMonthShort, formatNumberInput } from '../../../shared/format/nl';
import { activityMonthHours } from '../../../shared/planning/allocation';
import { monthsBetween } from '../../../shared/time/months';
import { ParsedField } from '../../components/fields';
import { t } from '../../components/i18n';
import { parseHours } from '../../components/parse';
import { ScrollArea } from '../../components/ScrollArea';

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
              <th scope="col">{t('capacity.team')}</th>
              {run.map((m) => (
                <th scope="col" key={m} className="num">
                  <abbr title={formatMonth(m)}>{formatMonthShort(m)}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {teams.map((team) => (
              <tr key={team.id}>
                <th scope="row">{team.name}</th>
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
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </div>
  );
}
