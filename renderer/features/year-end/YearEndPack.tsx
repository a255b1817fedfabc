import { useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { ProgrammeSnapshot } from '../../../shared/domain/snapshot';
import { currentLanguage } from '../../../shared/i18n/language';
import type { ReportDocument } from '../../../shared/report/document';
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

/** The packs built, by the plan against actual they show (made anew with the data and the log) and their language. */
const packs = new WeakMap<PlanActual, { language: string; doc: ReportDocument }>();

/**
 * The year-end pack of what the screen shows, built once per plan against actual and only when
 * it is needed (shown, its CSV list open, or written), not on every change of the screen: at
 * thousands of activities it is a table of every one of them.
 */
function packOf(
  data: ProgrammeSnapshot,
  planActual: PlanActual,
  log: AmendmentLog,
): ReportDocument {
  // Its words are the current language's: a pack of another language is built anew.
  const language = currentLanguage();
  const known = packs.get(planActual);
  if (known?.language === language) return known.doc;
  const plan = planOf(data);
  // The cost lines planned as the Budget screen shows them: the programme as it stands, with
  // its amendments (the realisation is judged against the frame as finally set).
  const planned = plan.budget?.result.lines ?? [];
  const doc = yearEndPack({
    programme: data.programme,
    teams: data.teams,
    planActual,
    spending: spendingResult(data.programme, planned),
    ledger: reserveLedger(reserveOfTeams(plan.planning.bridge), data.programme.reserveDraws),
    postponements: postponementLog(data.programme.reserveDraws, data.activities),
    amendments: amendmentLogTable(data, log, 'iso'),
  });
  packs.set(planActual, { language, doc });
  return doc;
}

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
  const [listOpen, setListOpen] = useState(false);
  const build = (): ReportDocument => packOf(data, planActual, log);
  const doc = shown || listOpen ? build() : null;
  const tables = listOpen && doc ? doc.sections.flatMap((s) => s.tables) : [];
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
        <button type="button" onClick={() => void save(build(), { kind: 'xlsx' })}>
          {t('pack.xlsx')}
        </button>
        <button
          type="button"
          onClick={() => {
            // The PDF prints the report on the page: it is put there first.
            flushSync(() => {
              setShown(true);
            });
            void save(build(), { kind: 'pdf' });
          }}
        >
          {t('pack.pdf')}
        </button>
      </div>
      <details
        className="pack__csv"
        onToggle={(e) => {
          setListOpen(e.currentTarget.open);
        }}
      >
        <summary>{t('pack.csv')}</summary>
        <ul>
          {tables.map((table) => (
            <li key={table.name}>
              <button
                type="button"
                className="link-button"
                onClick={() => void save(build(), { kind: 'csv', table: table.name })}
              >
                {t('pack.csvTable', { name: table.name })}
              </button>
            </li>
          ))}
        </ul>
      </details>
      {shown && doc ? <ReportView document={doc} level={2} /> : null}
    </section>
  );
}
