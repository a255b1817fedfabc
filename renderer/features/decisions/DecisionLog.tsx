import { useId, useMemo, useState } from 'react';
import { decisionLines, searchDecisions } from '../../../shared/review/decision-log';
import { formatNumber } from '../../../shared/format/nl';
import { t } from '../../components/i18n';
import { ScrollArea } from '../../components/ScrollArea';
import { useKoers } from '../../state/store';

/**
 * The decision log (issue 12): every decision on the programme's activities, newest first (date,
 * author, activity, kind, reason, whether it still holds), searchable, and exported as CSV or
 * XLSX through the amendment log's writers.
 */
export function DecisionLog() {
  const data = useKoers((s) => s.data);
  const decisions = useKoers((s) => s.decisions);
  const exportDecisions = useKoers((s) => s.exportDecisions);
  const [text, setText] = useState('');
  const id = useId();
  const lines = useMemo(() => {
    const titles = new Map((data?.activities ?? []).map((a) => [a.id as string, a.title]));
    return decisionLines(decisions, (x) => titles.get(x) ?? null);
  }, [data, decisions]);
  const shown = useMemo(() => searchDecisions(lines, text), [lines, text]);
  if (!data) return null;
  const caption = t('decisions.caption', { name: data.programme.name });
  return (
    <section className="card card--wide decision-log" aria-labelledby="decision-log-title">
      <h2 id="decision-log-title">{t('decisions.title')}</h2>
      <p className="muted small">{t('decisions.hint')}</p>
      <div className="field decision-log__search">
        <label htmlFor={`${id}-search`}>{t('decisions.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={text}
          aria-describedby={`${id}-search-hint`}
          onChange={(e) => {
            setText(e.target.value);
          }}
        />
        <p className="field__hint" id={`${id}-search-hint`}>
          {t('decisions.searchHint')}
        </p>
      </div>
      <p className="small" role="status">
        {lines.length === 0
          ? t('decisions.empty')
          : shown.length === 0
            ? t('decisions.noMatch', { text: text.trim() })
            : t('decisions.count', {
                shown: formatNumber(shown.length),
                total: formatNumber(lines.length),
              })}
      </p>
      {shown.length > 0 ? (
        <ScrollArea label={caption}>
          <table className="grid decision-log__table">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('decisions.col.date')}</th>
                <th scope="col">{t('decisions.col.author')}</th>
                <th scope="col">{t('decisions.col.activity')}</th>
                <th scope="col">{t('decisions.col.kind')}</th>
                <th scope="col">{t('decisions.col.reason')}</th>
                <th scope="col">{t('decisions.col.current')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((l) => (
                <tr key={l.decision.id}>
                  <td className="decision-log__date">{l.date}</td>
                  <td>{l.decision.author}</td>
                  <th scope="row">{l.activity}</th>
                  <td>{l.kind}</td>
                  <td className="decision-log__reason">{l.decision.reason}</td>
                  <td>{t(l.current ? 'decisions.currentYes' : 'decisions.currentNo')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={lines.length === 0}
          onClick={() => void exportDecisions('csv')}
        >
          {t('decisions.csv')}
        </button>
        <button
          type="button"
          className="button"
          disabled={lines.length === 0}
          onClick={() => void exportDecisions('xlsx')}
        >
          {t('decisions.xlsx')}
        </button>
      </div>
    </section>
  );
}
