import type { Team } from '../../../shared/domain/schemas';
import type { MonthKey } from '../../../shared/domain/units';
import { heatCellText } from '../../../shared/format/heat-cell';
import { formatMonth } from '../../../shared/format/nl';
import type { UtilisationCell } from '../../../shared/planning/utilisation';
import { t } from '../../components/i18n';

/**
 * One row of the month grid beneath a team's hours: the team's load in each month of the run
 * (all its planned work, as the heat map shows it), marked ⚠ where the team is over capacity.
 * Months outside the programme year have no load and stay empty.
 */
export function MonthLoad(props: {
  team: Team;
  months: readonly MonthKey[];
  cells: readonly UtilisationCell[];
}) {
  return (
    <tr className="month-grid__load">
      <th scope="row" title={t('grid.load', { team: props.team.name })}>
        {t('heat.dialog.load')}
        <span className="sr-only"> {props.team.name}</span>
      </th>
      {props.months.map((m) => {
        const cell = props.cells.find((c) => c.teamId === props.team.id && c.month === m);
        if (!cell) return <td key={m} />;
        const text = heatCellText({
          ...cell,
          free: cell.allocated < cell.capacity ? cell.capacity - cell.allocated : 0,
        });
        return (
          <td
            key={m}
            className={`num heat--${text.tone}`}
            title={`${formatMonth(m)}: ${text.detail}`}
          >
            {text.percent}
          </td>
        );
      })}
    </tr>
  );
}
