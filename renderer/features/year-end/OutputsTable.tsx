import type { ReactNode } from 'react';
import type { IsoDate } from '../../../shared/domain/units';
import { formatDateInput, parseDutchDate } from '../../../shared/format/dates';
import { formatMonth, formatNumber } from '../../../shared/format/nl';
import type { OutputPlanActual } from '../../../shared/year-end/plan-actual';
import { ParsedField, type Parsed } from '../../components/fields';
import { t } from '../../components/i18n';
import { ScrollArea } from '../../components/ScrollArea';
import { ShowAllButton, useShowAll } from '../../components/windowed-rows';

/** A publication date as typed: empty is "not published", anything else a Dutch date. */
const parsePublished = (text: string): Parsed<IsoDate | null> => {
  if (text.trim() === '') return { ok: true, value: null };
  return parseDutchDate(text);
};

/** The state of an output in words. */
const stateText = (o: OutputPlanActual): string =>
  o.publishedOn === null
    ? t('planActual.outputs.open')
    : o.onTime === null
      ? t('planActual.outputs.publishedNoMonth')
      : o.onTime
        ? t('planActual.outputs.onTime')
        : t('planActual.outputs.late');

/**
 * The planned outputs against the published ones (planned month, publication date, title), in
 * programme order; the publication date is recorded right here with the same command as in the
 * activity editor (`activity/output-set`), one undoable step, no amendment.
 */
export function OutputsTable(props: { outputs: readonly OutputPlanActual[] }): ReactNode {
  const { outputs } = props;
  const { shown, showAll } = useShowAll(outputs, 200);
  if (outputs.length === 0) return <p>{t('planActual.outputs.none')}</p>;
  const published = outputs.filter((o) => o.publishedOn !== null).length;
  return (
    <>
      <p className="small">
        {t('planActual.outputs.count', {
          published: formatNumber(published),
          total: formatNumber(outputs.length),
        })}{' '}
        {t('planActual.outputs.hint')}
      </p>
      <ScrollArea label={t('planActual.outputs.tableLabel')}>
        <table className="grid pa__outputs">
          <caption className="sr-only">{t('planActual.outputs.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planActual.outputs.output')}</th>
              <th scope="col">{t('planActual.outputs.activity')}</th>
              <th scope="col">{t('planActual.outputs.planned')}</th>
              <th scope="col">{t('planActual.outputs.published')}</th>
              <th scope="col">{t('planActual.outputs.state')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((o) => {
              const name = o.title === '' ? t(`output.${o.kind}`) : o.title;
              return (
                <tr key={`${o.activityId}/${o.outputId}`}>
                  <th scope="row">
                    {name}
                    {o.publishedTitle !== '' ? (
                      <span className="muted small"> ({o.publishedTitle})</span>
                    ) : null}
                    {o.inPlan ? null : (
                      <span className="muted small"> ({t('planActual.outputs.added')})</span>
                    )}
                  </th>
                  <td>{o.activityTitle}</td>
                  <td>{o.plannedMonth === null ? '—' : formatMonth(o.plannedMonth)}</td>
                  <td>
                    <ParsedField<IsoDate | null>
                      className="field--inline pa__published"
                      label={t('realisation.publishedOn', { title: name })}
                      value={o.publishedOn}
                      format={(v) => (v === null ? '' : formatDateInput(v))}
                      parse={parsePublished}
                      inputMode="text"
                      save={(v) => ({
                        name: 'activity/output-set',
                        args: [o.activityId, o.outputId, 'publishedOn', v],
                      })}
                    />
                  </td>
                  <td className={o.onTime === false ? 'pa__late' : undefined}>{stateText(o)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollArea>
      <ShowAllButton
        shown={shown.length}
        total={outputs.length}
        what={t('planActual.outputs.title')}
        onClick={showAll}
      />
    </>
  );
}
