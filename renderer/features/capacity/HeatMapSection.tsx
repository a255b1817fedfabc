import { useMemo, useRef, useState } from 'react';
import type { Activity, Team } from '../../../shared/domain/schemas';
import { heatCellText } from '../../../shared/format/heat-cell';
import { formatMonth, formatMonthShort, formatPeriod } from '../../../shared/format/nl';
import type { MessageKey } from '../../../shared/i18n/messages.nl';
import { monthLoads, teamsWithoutCapacity } from '../../../shared/planning/heat-map';
import type { PeriodLoad } from '../../../shared/planning/plan-line';
import type { MonthKey } from '../../../shared/domain/units';
import { t } from '../../components/i18n';
import { ScrollArea } from '../../components/ScrollArea';
import type { PlanningView } from '../../state/planning';
import { HeatCellDialog } from './HeatCellDialog';

/** Which cell's activities are shown, and on which basis its period is named. */
type OpenCell = { readonly teamId: string; readonly period: string; readonly months: boolean };

/** A period's column head: the quarter or the year in words, a month abbreviated. */
function PeriodHead({ period }: { period: string }) {
  return /^\d{4}-\d{2}$/.test(period) ? (
    <abbr title={formatMonth(period as MonthKey)}>{formatMonthShort(period as MonthKey)}</abbr>
  ) : (
    <>{formatPeriod(period)}</>
  );
}

/** One cell: the share with its mark and the hours over or free, a button that opens its work. */
function HeatCell(props: {
  cell: PeriodLoad;
  teamName: string;
  onOpen: (button: HTMLButtonElement) => void;
}) {
  const text = heatCellText(props.cell);
  const period = formatPeriod(props.cell.period);
  return (
    <td
      className={`num heat__cell heat--${text.tone}`}
      data-over={props.cell.over > 0 ? 'true' : undefined}
    >
      <button
        type="button"
        className="heat__button"
        aria-haspopup="dialog"
        title={`${period}: ${text.detail}`}
        onClick={(e) => {
          props.onOpen(e.currentTarget);
        }}
      >
        <span className="heat__pct">{text.percent}</span>
        {text.hours ? <span className="heat__hours">{text.hours}</span> : null}
        <span className="sr-only"> {t('heat.cellName', { team: props.teamName, period })}</span>
      </button>
    </td>
  );
}

/** The heading of the heat map on each basis of the line. */
const TITLE: Record<PlanningView['settings']['basis'], MessageKey> = {
  quarter: 'heat.title.quarter',
  year: 'heat.title.year',
  month: 'heat.title.month',
};
const OVER_LIST: Record<PlanningView['settings']['basis'], MessageKey> = {
  quarter: 'heat.overList.quarter',
  year: 'heat.overList.year',
  month: 'heat.overList.month',
};
const NO_OVER: Record<PlanningView['settings']['basis'], MessageKey> = {
  quarter: 'heat.noOver.quarter',
  year: 'heat.noOver.year',
  month: 'heat.noOver.month',
};

/**
 * The heat map on the line's basis (team × quarter by default): its cells are exactly the
 * team-periods the line judges room on, so an overloaded cell is one the line sees over. Each
 * cell shows its share and the hours over or free, and opens the activities that fill it; the
 * months stay visible beneath, in a table of their own.
 */
export function HeatMapSection({
  planning,
  teams,
  activities,
}: {
  planning: PlanningView;
  teams: readonly Team[];
  activities: readonly Activity[];
}) {
  const basis = planning.settings.basis;
  const [open, setOpen] = useState<OpenCell | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const perMonth = useMemo(() => monthLoads(planning.utilisation), [planning.utilisation]);
  const noCapacity = teamsWithoutCapacity(planning.load);
  const teamName = (id: string) => teams.find((x) => x.id === id)?.name ?? id;
  const teamIds = [...new Set(planning.load.map((c) => c.teamId))];
  const overCount = planning.load.filter((c) => c.over > 0).length;
  const title = t(TITLE[basis]);

  const table = (
    cells: readonly PeriodLoad[],
    periods: readonly string[],
    name: string,
    months: boolean,
  ) => (
    <table className={`heat${months ? ' heat--months' : ''}`} aria-label={name}>
      <thead>
        <tr>
          <th scope="col">{t('capacity.team')}</th>
          {periods.map((p) => (
            <th scope="col" key={p} className="num">
              <PeriodHead period={p} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {teamIds.map((teamId) => {
          const row = cells.filter((c) => c.teamId === teamId);
          const idle = noCapacity.has(teamId) && row.every((c) => c.allocated <= 0);
          return (
            <tr key={teamId}>
              <th scope="row">{teamName(teamId)}</th>
              {idle ? (
                <td colSpan={periods.length} className="heat__cell heat--no-capacity heat__none">
                  {t('heat.teamNoCapacity')}
                </td>
              ) : (
                row.map((c) => (
                  <HeatCell
                    key={c.period}
                    cell={c}
                    teamName={teamName(teamId)}
                    onOpen={(button) => {
                      opener.current = button;
                      setOpen({ teamId, period: c.period, months });
                    }}
                  />
                ))
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );

  const openCell =
    open === null
      ? undefined
      : (open.months ? perMonth : planning.load).find(
          (c) => c.teamId === open.teamId && c.period === open.period,
        );
  return (
    <section className="card" aria-labelledby="heat-title">
      <h2 id="heat-title">{title}</h2>
      <p className="muted small">{t('heat.hint')}</p>
      <ScrollArea label={title}>{table(planning.load, planning.periods, title, false)}</ScrollArea>
      <p className={overCount > 0 ? 'warning' : 'muted small'} role="status">
        {overCount > 0 ? t(OVER_LIST[basis], { count: overCount }) : t(NO_OVER[basis])}
      </p>
      {basis === 'month' ? null : (
        <details className="heat__detail">
          <summary>{t('heat.months')}</summary>
          <ScrollArea label={t('heat.monthsTitle')}>
            {table(perMonth, planning.bridge.months, t('heat.monthsTitle'), true)}
          </ScrollArea>
        </details>
      )}
      {open !== null && openCell ? (
        <HeatCellDialog
          cell={openCell}
          basis={open.months ? 'month' : basis}
          teamName={teamName(open.teamId)}
          planning={planning}
          perMonth={perMonth}
          activities={activities}
          onClose={() => {
            setOpen(null);
            const back = opener.current;
            if (back?.isConnected) back.focus();
          }}
        />
      ) : null}
    </section>
  );
}
