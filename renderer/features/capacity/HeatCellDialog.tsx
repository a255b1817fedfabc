import { useEffect, useId, useRef } from 'react';
import type { LineBasis } from '../../../shared/domain/capacity';
import type { Activity } from '../../../shared/domain/schemas';
import type { MonthKey } from '../../../shared/domain/units';
import { heatCellText } from '../../../shared/format/heat-cell';
import {
  formatMonth,
  formatMonthShort,
  formatNumber,
  formatPeriod,
} from '../../../shared/format/nl';
import { cellShares, monthsOfPeriod } from '../../../shared/planning/heat-map';
import { isCommitted } from '../../../shared/planning/counting';
import type { PeriodLoad } from '../../../shared/planning/plan-line';
import { t } from '../../components/i18n';
import { ScrollArea } from '../../components/ScrollArea';
import type { PlanningView } from '../../state/planning';
import { useKoers } from '../../state/store';

/**
 * The activities that fill one heat-map cell, with their hours per month of the period and the
 * team's load beneath: a modal dialog that takes focus, closes on Escape or Sluiten, and gives
 * focus back to the cell (the caller does). An activity's title opens it in the editor.
 */
export function HeatCellDialog(props: {
  cell: PeriodLoad;
  basis: LineBasis;
  teamName: string;
  planning: PlanningView;
  /** The team × month cells, for the months beneath the period. */
  perMonth: readonly PeriodLoad[];
  activities: readonly Activity[];
  onClose: () => void;
}) {
  const { cell, planning } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const navigate = useKoers((s) => s.navigate);
  const openActivity = useKoers((s) => s.openActivity);

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    el?.querySelector<HTMLElement>('.heat-dialog__close')?.focus();
  }, []);

  const close = () => {
    dialog.current?.close();
  };
  const months = monthsOfPeriod(planning.bridge.months, props.basis, cell.period);
  const shares = cellShares(props.activities, planning.planned, cell.teamId, months);
  const text = heatCellText(cell);
  const period = formatPeriod(cell.period);
  const monthCell = (m: MonthKey) =>
    props.perMonth.find((c) => c.teamId === cell.teamId && c.period === m);
  const entry = (id: string) => planning.line.entries.find((e) => e.id === id);
  const place = (a: Activity): string => {
    if (isCommitted(a)) return t('programme.line.committed');
    const e = entry(a.id);
    return e ? t('programme.line.above', { rank: formatNumber(e.rank) }) : '';
  };
  const split = months.length > 1;
  const sum = (m: MonthKey) => shares.reduce((s, x) => s + (x.months.get(m) ?? 0), 0);

  return (
    <dialog
      ref={dialog}
      className="heat-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      // Closed first, then left: while the modal is open the page behind it cannot take focus.
      onClose={props.onClose}
    >
      <div className="heat-dialog__head">
        <div>
          <p className="editor__kicker">{t('heat.dialog.kicker')}</p>
          <h2 id={titleId}>{t('heat.cellName', { team: props.teamName, period })}</h2>
          <p className={cell.over > 0 ? 'warning' : 'muted'}>
            {text.percent}
            {text.hours ? ` · ${text.hours}` : ''} — {text.detail}
          </p>
        </div>
        <button type="button" className="button heat-dialog__close" onClick={close}>
          {t('heat.dialog.close')}
        </button>
      </div>
      {shares.length === 0 ? (
        <p className="muted">{t('heat.dialog.empty')}</p>
      ) : (
        <ScrollArea label={t('heat.dialog.caption', { team: props.teamName, period })}>
          <table className="grid heat-dialog__table">
            <caption className="sr-only">
              {t('heat.dialog.caption', { team: props.teamName, period })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('heat.dialog.activity')}</th>
                <th scope="col">{t('heat.dialog.place')}</th>
                {split
                  ? months.map((m) => (
                      <th scope="col" key={m} className="num">
                        <abbr title={formatMonth(m)}>{formatMonthShort(m)}</abbr>
                      </th>
                    ))
                  : null}
                <th scope="col" className="num">
                  {t('heat.dialog.hours')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shares.map((s) => {
                const a = props.activities.find((x) => x.id === s.activityId);
                if (!a) return null;
                return (
                  <tr key={s.activityId}>
                    <th scope="row">
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => {
                          navigate('programme');
                          openActivity(a.id);
                        }}
                      >
                        {a.title}
                      </button>
                    </th>
                    <td>{place(a)}</td>
                    {split
                      ? months.map((m) => (
                          <td key={m} className="num">
                            {formatNumber(s.months.get(m) ?? 0)}
                          </td>
                        ))
                      : null}
                    <td className="num">{formatNumber(s.hours)}</td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('heat.dialog.total')}
                </th>
                {split
                  ? months.map((m) => (
                      <td key={m} className="num">
                        {formatNumber(sum(m))}
                      </td>
                    ))
                  : null}
                <td className="num">{formatNumber(cell.allocated)}</td>
              </tr>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('heat.dialog.capacity')}
                </th>
                {split
                  ? months.map((m) => (
                      <td key={m} className="num">
                        {formatNumber(monthCell(m)?.capacity ?? 0)}
                      </td>
                    ))
                  : null}
                <td className="num">{formatNumber(cell.capacity)}</td>
              </tr>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('heat.dialog.load')}
                </th>
                {split
                  ? months.map((m) => {
                      const mc = monthCell(m);
                      const mt = mc ? heatCellText(mc) : null;
                      return (
                        <td key={m} className={`num heat--${mt?.tone ?? 'none'}`}>
                          {mt?.percent}
                        </td>
                      );
                    })
                  : null}
                <td className={`num heat--${text.tone}`}>{text.percent}</td>
              </tr>
            </tfoot>
          </table>
        </ScrollArea>
      )}
    </dialog>
  );
}
