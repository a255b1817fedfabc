import { useMemo, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { ProgrammeSnapshot } from '../../../shared/domain/snapshot';
import { yearEndPack } from '../../../shared/year-end/pack';
import type { PlanActual } from '../../../shared/year-end/plan-actual';
import { postponementLog, reserveLedger, reserveOfTeams } from '../../../shared/year-end/reserve';
import { spendingResult } from '../../../shared/year-end/spending';
import { t } from '../../components/i18n';
import type { AmendmentLog } from '../../state/commands/amendments';
import { amendmentLogTable } from '../../state/commands/amendments';
import { planOf } from '../../state/planning';
import { useKoers } from '../../state/store';
import { ReportView } from '../report/ReportView';

/**
 * *Jaarpakket* (issue 13, Out): the year-end pack built once from what the screen shows (plan
 * against actual, publications, enforcement, the realisation against the frame and the
 * Roemernorm, the amendment log, the incident reserve and the postponement log), shown as the
 * print view, and written as one XLSX workbook, as CSV per table, or as PDF from the print view.
 */
export function YearEndPack(props: {
  data: ProgrammeSnapshot;
  planActual: PlanActual;
  log: AmendmentLog;
}): ReactNode {
  const { data, planActual, log } = props;
  const save = useKoers((s) => s.saveYearEndPack);
  const [shown, setShown] = useState(false);
  const doc = useMemo(() => {
    const plan = planOf(data);
    // The cost lines planned as the Budget screen shows them: the programme as it stands, with
    // its amendments (the realisation is judged against the frame as finally set).
    const planned = plan.budget?.result.lines ?? [];
    return yearEndPack({
      programme: data.programme,
      teams: data.teams,
      planActual,
      spending: spendingResult(data.programme, planned),
      ledger: reserveLedger(reserveOfTeams(plan.planning.bridge), data.programme.reserveDraws),
      postponements: postponementLog(data.programme.reserveDraws, data.activities),
      amendments: amendmentLogTable(data, log, 'iso'),
    });
  }, [data, planActual, log]);
  const tables = doc.sections.flatMap((s) => s.tables);
  return (
    <section className="card card--wide pack" aria-labelledby="pack-title">
      <h2 id="pack-title">{t('pack.card')}</h2>
      <p className="muted small">{t('pack.hint')}</p>
      <div className="pack__buttons">
        <button
          type="button"
          aria-expanded={shown}
          onClick={() => {
            setShown(!shown);
          }}
        >
          {shown ? t('pack.hide') : t('pack.show')}
        </button>
        <button type="button" onClick={() => void save(doc, { kind: 'xlsx' })}>
          {t('pack.xlsx')}
        </button>
        <button
          type="button"
          onClick={() => {
            // The PDF prints the report on the page: it is put there first.
            flushSync(() => {
              setShown(true);
            });
            void save(doc, { kind: 'pdf' });
          }}
        >
          {t('pack.pdf')}
        </button>
      </div>
      <details className="pack__csv">
        <summary>{t('pack.csv')}</summary>
        <ul>
          {tables.map((table) => (
            <li key={table.name}>
              <button
                type="button"
                className="link-button"
                onClick={() => void save(doc, { kind: 'csv', table: table.name })}
              >
                {t('pack.csvTable', { name: table.name })}
              </button>
            </li>
          ))}
        </ul>
      </details>
      {shown ? <ReportView document={doc} level={2} /> : null}
    </section>
  );
}
