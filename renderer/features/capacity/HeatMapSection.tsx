import {
  formatHours,
  formatMonthShort,
  formatPercent,
  formatMonth,
} from '../../../shared/format/nl';
import { t } from '../../components/i18n';
import { ScrollArea } from '../../components/ScrollArea';
import type { PlanningView } from '../../state/planning';
import type { Team } from '../../../shared/domain/schemas';

/** The colour band of a utilisation ratio (text contrast meets AA in each band). */
function band(ratio: number, over: boolean): string {
  if (over) return 'heat--over';
  if (ratio >= 0.9) return 'heat--high';
  if (ratio >= 0.7) return 'heat--mid';
  if (ratio > 0) return 'heat--low';
  return 'heat--none';
}

/** The team × month utilisation heat map: a table whose cells are coloured, over-allocation marked. */
export function HeatMapSection({
  planning,
  teams,
}: {
  planning: PlanningView;
  teams: readonly Team[];
}) {
  const { cells, overAllocated } = planning.utilisation;
  const teamName = (id: string) => teams.find((x) => x.id === id)?.name ?? id;
  const teamIds = [...new Set(cells.map((c) => c.teamId))];
  return (
    <section className="card" aria-labelledby="heat-title">
      <h2 id="heat-title">{t('capacity.heatmap')}</h2>
      <p className="muted small">{t('capacity.heatmapHint')}</p>
      <ScrollArea label={t('capacity.heatmap')}>
        <table className="heat" aria-labelledby="heat-title">
          <thead>
            <tr>
              <th scope="col">{t('capacity.team')}</th>
              {planning.bridge.months.map((m) => (
                <th scope="col" key={m} className="num">
                  <abbr title={formatMonth(m)}>{formatMonthShort(m)}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {teamIds.map((teamId) => (
              <tr key={teamId}>
                <th scope="row">{teamName(teamId)}</th>
                {cells
                  .filter((c) => c.teamId === teamId)
                  .map((c) => {
                    const over = c.over > 0;
                    const pct = Number.isFinite(c.ratio)
                      ? formatPercent(c.ratio).replace(/,\d%$/, '%')
                      : '∞';
                    const label = over
                      ? t('capacity.cellOver', { percent: pct, over: formatHours(c.over) })
                      : t('capacity.cell', {
                          percent: pct,
                          allocated: formatHours(c.allocated),
                          capacity: formatHours(c.capacity),
                        });
                    return (
                      <td
                        key={c.month}
                        className={`num heat__cell ${band(c.ratio, over)}`}
                        title={`${formatMonth(c.month)}: ${label}`}
                      >
                        {over ? '⚠ ' : ''}
                        {pct}
                      </td>
                    );
                  })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      <p className={overAllocated.length > 0 ? 'warning' : 'muted small'} role="status">
        {overAllocated.length > 0
          ? t('capacity.overList', { count: overAllocated.length })
          : t('capacity.noOver')}
      </p>
    </section>
  );
}
