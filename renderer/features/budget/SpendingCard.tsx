import type { BudgetLine } from '../../../shared/budget/cost-model';
import type { Programme } from '../../../shared/domain/schemas';
import { cents, type Cents } from '../../../shared/domain/units';
import { formatMoney, formatNumberInput } from '../../../shared/format/nl';
import type { Message } from '../../../shared/i18n/translate';
import { resultMessage, roemerMessage, spendingResult } from '../../../shared/year-end/spending';
import { PairedBars } from '../../components/charts/PairedBars';
import { ParsedField, TextField, type Parsed } from '../../components/fields';
import { t, tm } from '../../components/i18n';
import { parseEuros } from '../../components/parse';
import { spendingFieldCall, spendingLineCall } from '../../state/commands/year-end';
import { useKoers } from '../../state/store';

/** Largest amount a cost line or the frame takes, in euros. */
const MAX_EUROS = 10_000_000_000;

/** A refusal that names the field it is about ("Realisatie personeel (€): „abc” is geen getal …"). */
function named<T>(field: string, parsed: Parsed<T>): Parsed<T> {
  if (parsed.ok) return parsed;
  const error: Message = {
    key: 'spending.fieldError',
    params: { field, message: tm(parsed.error) },
  };
  return { ok: false, error };
}

const euroField = (v: number) => formatNumberInput(v / 100);

/**
 * *Realisatie* (issue 13, organisation level): the frame as finally set and what was spent per
 * cost line, entered by hand with its source and explanation; the result against the frame and
 * the external hire against the Roemernorm in the words the year-end pack uses, and plan against
 * realisation per cost line.
 */
export function SpendingCard({
  programme,
  planned,
}: {
  programme: Programme;
  planned: readonly BudgetLine[];
}) {
  const start = useKoers((s) => s.startSpending);
  const clear = useKoers((s) => s.clearSpending);
  const result = spendingResult(programme, planned);
  const spending = programme.spending;
  return (
    <section className="card card--wide spending" aria-labelledby="spending-title">
      <h2 id="spending-title">{t('spending.title')}</h2>
      <p className="muted small">{t('spending.hint')}</p>
      {spending === null || result === null ? (
        <>
          <p>{t('spending.none')}</p>
          <button type="button" className="button" onClick={() => void start()}>
            {t('spending.start')}
          </button>
        </>
      ) : (
        <>
          <p
            className={`verdict ${result.verdict === 'over' ? 'verdict--bad' : 'verdict--good'}`}
            role="status"
          >
            {tm(resultMessage(result))}
          </p>
          <p className={result.withinRoemernorm ? 'ok' : 'warning'}>{tm(roemerMessage(result))}</p>
          <div className="spending__body">
            <div className="spending__form">
              <ParsedField<Cents | null>
                label={t('spending.finalFrame')}
                hint={t('spending.finalFrameHint', {
                  frame: formatMoney(programme.budget.frameCents),
                })}
                value={spending.finalFrameCents}
                format={(v) => (v === null ? '' : euroField(v))}
                parse={(text) =>
                  text.trim() === ''
                    ? { ok: true, value: null }
                    : named(t('spending.finalFrame'), parseEuros(text, MAX_EUROS))
                }
                save={(v) => spendingFieldCall(programme, 'finalFrameCents', v)}
              />
              {result.lines.map((l) => {
                const label = t('spending.lineField', {
                  line: t(`budget.line.${l.key}`).toLowerCase(),
                });
                return (
                  <ParsedField<Cents>
                    key={l.key}
                    label={label}
                    value={l.realised ?? cents(0)}
                    format={euroField}
                    parse={(text) => named(label, parseEuros(text, MAX_EUROS))}
                    save={(v) => spendingLineCall(programme, l.key, v)}
                  />
                );
              })}
              <TextField
                label={t('spending.source')}
                hint={t('spending.sourceHint')}
                value={spending.source}
                save={(v) => spendingFieldCall(programme, 'source', v)}
              />
              <TextField
                label={t('spending.note')}
                value={spending.note}
                multiline
                save={(v) => spendingFieldCall(programme, 'note', v)}
              />
            </div>
            <div className="spending__chart">
              <h3>{t('spending.chart')}</h3>
              <PairedBars
                rows={result.lines.map((l) => ({
                  key: l.key,
                  label: t(`budget.line.${l.key}`),
                  first: l.planned,
                  second: l.realised ?? 0,
                }))}
                series={[t('spending.planned'), t('spending.realised')]}
                format={(v) => formatMoney(cents(Math.round(v)))}
                summary={t('spending.chartSummary', {
                  planned: formatMoney(cents(planned.reduce((s, l) => s + l.cents, 0))),
                  realised: formatMoney(result.realised),
                })}
                tableCaption={t('spending.chart')}
                columns={[
                  t('spending.line'),
                  t('spending.planned'),
                  t('spending.realised'),
                  t('spending.difference'),
                ]}
              />
            </div>
          </div>
          <button type="button" className="button" onClick={() => void clear()}>
            {t('spending.clear')}
          </button>
        </>
      )}
    </section>
  );
}
