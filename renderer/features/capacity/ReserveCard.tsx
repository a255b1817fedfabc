import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ReserveDraw } from '../../../shared/domain/realisation';
import type { Activity, Programme, Team } from '../../../shared/domain/schemas';
import { formatDate, formatHours, formatMonth } from '../../../shared/format/nl';
import type { CapacityBridge } from '../../../shared/planning/capacity-bridge';
import { postponementLog, reserveLedger, reserveOfTeams } from '../../../shared/year-end/reserve';
import { PairedBars } from '../../components/charts/PairedBars';
import { t } from '../../components/i18n';
import { useKoers } from '../../state/store';
import { ReserveDrawForm } from './ReserveDrawForm';

/**
 * *Incidentreserve* (issue 13): the reserve each team keeps for incident investigations against
 * the draws on it during the year, the draws themselves (record, edit, delete, each one undoable
 * step), and the postponement log of what they displaced.
 */
export function ReserveCard(props: {
  programme: Programme;
  bridge: CapacityBridge;
  teams: readonly Team[];
  activities: readonly Activity[];
}) {
  const { programme } = props;
  const remove = useKoers((s) => s.deleteReserveDraw);
  /** The draw being edited; 'new' for a new one; null while the form is closed. */
  const [editing, setEditing] = useState<ReserveDraw | 'new' | null>(null);
  // When the form closes (saved, cancelled, or its draw deleted) focus returns to the button
  // that records a draw, which is back on the page then.
  const addRef = useRef<HTMLButtonElement>(null);
  const closeForm = () => {
    flushSync(() => {
      setEditing(null);
    });
    addRef.current?.focus();
  };
  const draws = programme.reserveDraws;
  const activities = props.activities.filter((a) => a.programmeId === programme.id);
  const ledger = reserveLedger(reserveOfTeams(props.bridge), draws);
  const log = postponementLog(draws, activities);
  const teamName = (id: string) => props.teams.find((tm) => tm.id === id)?.name ?? id;
  const shown = ledger.teams.filter((r) => r.reserve > 0 || r.drawn > 0);
  const sorted = [...draws].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  return (
    <section className="card card--wide reserve" aria-labelledby="reserve-title">
      <h2 id="reserve-title">{t('reserve.title')}</h2>
      <p className="muted small">{t('reserve.hint')}</p>
      {ledger.total.reserve > 0 ? (
        <p role="status">
          {t('reserve.summary', {
            reserve: formatHours(ledger.total.reserve),
            drawn: formatHours(ledger.total.drawn),
            left: formatHours(ledger.total.left),
          })}
        </p>
      ) : (
        <p>{t('reserve.noReserve')}</p>
      )}
      {ledger.teams
        .filter((r) => r.overdrawn > 0)
        .map((r) => (
          <p key={r.teamId} className="warning">
            {t('reserve.overdrawn', { team: teamName(r.teamId), hours: formatHours(r.overdrawn) })}
          </p>
        ))}
      <div className="reserve__draws">
        <h3>{t('reserve.draws')}</h3>
        {draws.length === 0 ? (
          <p className="muted">{t('reserve.none')}</p>
        ) : (
          <div className="reserve__table">
            <table className="grid">
              <caption className="sr-only">{t('reserve.draws')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reserve.on')}</th>
                  <th scope="col">{t('reserve.drawTitle')}</th>
                  <th scope="col">{t('reserve.team')}</th>
                  <th scope="col" className="num">
                    {t('reserve.hours')}
                  </th>
                  <th scope="col" className="num">
                    {t('reserve.col.displaced')}
                  </th>
                  <th scope="col">
                    <span className="sr-only">{t('reserve.col.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((d) => (
                  <tr key={d.id}>
                    <td>{formatDate(d.on)}</td>
                    <th scope="row">{d.title}</th>
                    <td>{teamName(d.teamId)}</td>
                    <td className="num">{formatHours(d.hours)}</td>
                    <td className="num">{d.displaced.length}</td>
                    <td>
                      <div className="reserve__actions">
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={t('reserve.edit', { title: d.title })}
                          onClick={() => {
                            setEditing(d);
                          }}
                        >
                          {t('reserve.editButton')}
                        </button>
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={t('reserve.delete', { title: d.title })}
                          onClick={() => {
                            closeForm();
                            void remove(d.id);
                          }}
                        >
                          {t('reserve.deleteButton')}
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {editing === null ? (
          <button
            ref={addRef}
            type="button"
            className="button button--primary"
            onClick={() => {
              setEditing('new');
            }}
          >
            {t('reserve.add')}
          </button>
        ) : (
          <ReserveDrawForm
            key={editing === 'new' ? 'new' : editing.id}
            draw={editing === 'new' ? null : editing}
            year={programme.year}
            teams={props.teams}
            activities={activities}
            onDone={closeForm}
          />
        )}
      </div>
      <div className="reserve__chart">
        <h3>{t('reserve.chart')}</h3>
        <PairedBars
          rows={shown.map((r) => ({
            key: r.teamId,
            label: teamName(r.teamId),
            first: r.reserve,
            second: r.drawn,
          }))}
          series={[t('reserve.kept'), t('reserve.drawn')]}
          format={formatHours}
          summary={t('reserve.chartSummary', {
            reserve: formatHours(ledger.total.reserve),
            drawn: formatHours(ledger.total.drawn),
          })}
          tableCaption={t('reserve.chart')}
          columns={[t('reserve.team'), t('reserve.kept'), t('reserve.drawn'), t('reserve.left')]}
          difference={(r) => r.first - r.second}
        />
      </div>
      <h3 id="reserve-log-title">{t('reserve.log')}</h3>
      {log.length === 0 ? (
        <p className="muted">{t('reserve.logNone')}</p>
      ) : (
        <div className="reserve__log">
          <table className="grid" aria-labelledby="reserve-log-title">
            <thead>
              <tr>
                <th scope="col">{t('reserve.on')}</th>
                <th scope="col">{t('reserve.drawTitle')}</th>
                <th scope="col">{t('reserve.col.activity')}</th>
                <th scope="col">{t('reserve.col.effect')}</th>
                <th scope="col" className="num">
                  {t('reserve.hours')}
                </th>
                <th scope="col">{t('reserve.col.to')}</th>
                <th scope="col">{t('reserve.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {log.map((l, i) => (
                <tr key={`${l.drawId}-${l.activityId}-${i}`}>
                  <td>{formatDate(l.on)}</td>
                  <td>{l.drawTitle}</td>
                  <td>{l.activityTitle ?? t('reserve.gone')}</td>
                  <td>{t(`reserve.effect.${l.effect}`)}</td>
                  <td className="num">{formatHours(l.hours)}</td>
                  <td>
                    {l.toMonth
                      ? formatMonth(l.toMonth)
                      : l.effect === 'uitgesteld'
                        ? t('reserve.toNextYear')
                        : t('reserve.toNothing')}
                  </td>
                  <td>{l.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
