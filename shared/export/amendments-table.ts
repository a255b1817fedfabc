import type { Theme } from '../domain/schemas';
import type { Amendment } from '../domain/versions';
import {
  amendmentDate,
  amendmentsInReportOrder,
  describeAmendment,
  groupHeading,
  reasonText,
  type AmendmentNames,
} from '../format/amendment';
import { translate } from '../i18n/translate';
import type { ExportTable } from './table';

/**
 * The amendment log as a table for the annual report (CSV, XLSX): one row per amendment, in the
 * report's order (the programme itself, then per MJP theme, activity and time), the theme in its
 * own column since a spreadsheet has no group headers.
 */
export function amendmentsTable(
  programmeName: string,
  amendments: readonly Amendment[],
  themes: readonly Theme[],
  themeOf: (activityId: string) => string | null,
  names: AmendmentNames,
  /** 'iso': the date as an IsoDate (a typed report writes it as a real date); else in words. */
  dates: 'text' | 'iso' = 'text',
): ExportTable {
  const t = translate;
  const columns = [
    t('amendmentLog.col.date'),
    t('amendmentLog.col.theme'),
    t('amendmentLog.col.subject'),
    t('amendmentLog.col.what'),
    t('amendmentLog.col.reason'),
    t('amendmentLog.col.explanation'),
    t('amendmentLog.col.author'),
  ];
  const rows = amendmentsInReportOrder(amendments, themes, themeOf).flatMap((group) =>
    group.amendments.map((a) => [
      dates === 'iso' ? a.on : amendmentDate(a),
      groupHeading(group),
      a.subject,
      describeAmendment(a, names),
      reasonText(a),
      a.explanation,
      a.author,
    ]),
  );
  return { name: t('amendmentLog.sheet', { name: programmeName }), columns, rows };
}
