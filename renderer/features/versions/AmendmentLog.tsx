import { useMemo } from 'react';
import {
  amendmentDate,
  amendmentLookups,
  amendmentsInReportOrder,
  describeAmendment,
  groupHeading,
  reasonText,
} from '../../../shared/format/amendment';
import { formatDate, formatNumber } from '../../../shared/format/nl';
import { versionSnapshot } from '../../../shared/file/version-content';
import { t } from '../../components/i18n';
import { ScrollArea } from '../../components/ScrollArea';
import { useCommands, useKoers } from '../../state/store';
import { useAmendmentLog } from './use-amendment-log';

/**
 * The changes made after adoption, with their reasons, in the order the annual report needs
 * (the programme itself first, then per MJP theme, activity and time), with a header per group;
 * exported as CSV or XLSX through the host's save dialog.
 */
export function AmendmentLog() {
  const data = useKoers((s) => s.data);
  const { exportAmendments } = useCommands();
  const log = useAmendmentLog(data?.programme.id ?? null);
  const groups = useMemo(() => {
    if (!data || !log) return null;
    const version = log.adopted ? versionSnapshot(log.adopted) : null;
    const lookups = amendmentLookups(data, version?.ok ? version.value : null);
    const themes = data.themes.filter((x) => x.mjpId === data.programme.mjpId);
    return {
      lookups,
      list: amendmentsInReportOrder(log.amendments, themes, lookups.themeOf),
    };
  }, [data, log]);
  if (!data) return null;
  const adoption = data.programme.adoption;
  const count = log?.amendments.length ?? 0;
  const caption = t('amendmentLog.caption', { name: data.programme.name });
  return (
    <section className="card card--wide amendment-log" aria-labelledby="amendment-log-title">
      <h2 id="amendment-log-title">{t('amendmentLog.title')}</h2>
      <p className="muted small">{t('amendmentLog.hint')}</p>
      {adoption === null && count === 0 ? (
        <p>{t('amendmentLog.notAdopted')}</p>
      ) : count === 0 || groups === null ? (
        <p>
          {adoption
            ? t('amendmentLog.empty', { date: formatDate(adoption.on) })
            : t('amendmentLog.notAdopted')}
        </p>
      ) : (
        <>
          <p className="small">
            {count === 1
              ? t('amendmentLog.countOne')
              : t('amendmentLog.count', { count: formatNumber(count) })}
          </p>
          <ScrollArea label={caption}>
            <table className="grid amendment-log__table">
              <caption className="sr-only">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('amendmentLog.col.date')}</th>
                  <th scope="col">{t('amendmentLog.col.subject')}</th>
                  <th scope="col">{t('amendmentLog.col.what')}</th>
                  <th scope="col">{t('amendmentLog.col.reason')}</th>
                  <th scope="col">{t('amendmentLog.col.explanation')}</th>
                  <th scope="col">{t('amendmentLog.col.author')}</th>
                </tr>
              </thead>
              {groups.list.map((group) => {
                const heading = groupHeading(group);
                return (
                  <tbody key={`${group.kind}-${group.theme?.id ?? ''}`}>
                    <tr className="amendment-log__group">
                      <th scope="colgroup" colSpan={6}>
                        {heading}
                      </th>
                    </tr>
                    {group.amendments.map((a) => (
                      <tr key={a.id}>
                        <td className="amendment-log__date">{amendmentDate(a)}</td>
                        <th scope="row">{a.subject}</th>
                        <td>{describeAmendment(a, groups.lookups)}</td>
                        <td>{reasonText(a)}</td>
                        <td className="amendment-log__text">{a.explanation}</td>
                        <td>{a.author}</td>
                      </tr>
                    ))}
                  </tbody>
                );
              })}
            </table>
          </ScrollArea>
        </>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={count === 0}
          onClick={() => void exportAmendments('csv')}
        >
          {t('amendmentLog.csv')}
        </button>
        <button
          type="button"
          className="button"
          disabled={count === 0}
          onClick={() => void exportAmendments('xlsx')}
        >
          {t('amendmentLog.xlsx')}
        </button>
      </div>
    </section>
  );
}
