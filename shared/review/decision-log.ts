/**
 * The decision log (issue 12): every decision on a programme's activities, newest first, as the
 * screen lists it and as the one table CSV and XLSX are written from (the amendment log's
 * writers, shared/export).
 */
import type { Decision } from '../domain/review';
import type { ExportTable } from '../export/table';
import { formatDate } from '../format/nl';
import { translate } from '../i18n/translate';
import type { IsoDate } from '../domain/units';
import { newestFirst } from './edits';

/** One line of the log: the decision with what the screen and the export say about it. */
export type DecisionLine = {
  readonly decision: Decision;
  /** "9 oktober 2025" (the day in UTC, as stored). */
  readonly date: string;
  readonly activity: string;
  readonly kind: string;
  /** Whether it is the decision in force on its activity (false: a later one superseded it). */
  readonly current: boolean;
};

/** The day of a timestamp in Dutch words: "9 oktober 2025". */
export function decisionDate(at: string): string {
  return formatDate(at.slice(0, 10) as IsoDate);
}

/** The log's lines, newest first; `titleOf` names an activity (null: deleted since). */
export function decisionLines(
  decisions: readonly Decision[],
  titleOf: (activityId: string) => string | null,
): DecisionLine[] {
  const seen = new Set<string>();
  return newestFirst(decisions).map((decision) => {
    // A decision made inside a scenario is the scenario's: listed, marked, never in force on
    // the programme (it never superseded the programme's own).
    const own = decision.scenarioId === null;
    const current = own && !seen.has(decision.activityId);
    if (own) seen.add(decision.activityId);
    const kind = translate(`review.kind.${decision.kind}`);
    return {
      decision,
      date: decisionDate(decision.at),
      activity: titleOf(decision.activityId) ?? translate('decisions.goneActivity'),
      kind: own ? kind : translate('decisions.inScenario', { kind }),
      current,
    };
  });
}

/**
 * The lines a search keeps: every word of the text (case and accents ignored) found in the
 * activity, the kind, the reason, the author or the date.
 */
export function searchDecisions(lines: readonly DecisionLine[], text: string): DecisionLine[] {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const words = fold(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...lines];
  return lines.filter((l) => {
    const hay = fold(
      [l.activity, l.kind, l.decision.reason, l.decision.author, l.date].join(' \u0000 '),
    );
    return words.every((w) => hay.includes(w));
  });
}

/** The log as a table for CSV and XLSX: one row per decision, newest first. */
export function decisionsTable(programmeName: string, lines: readonly DecisionLine[]): ExportTable {
  const t = translate;
  return {
    name: t('decisions.sheet', { name: programmeName }),
    columns: [
      t('decisions.col.date'),
      t('decisions.col.author'),
      t('decisions.col.activity'),
      t('decisions.col.kind'),
      t('decisions.col.reason'),
      t('decisions.col.current'),
    ],
    rows: lines.map((l) => [
      l.date,
      l.decision.author,
      l.activity,
      l.kind,
      l.decision.reason,
      t(l.current ? 'decisions.currentYes' : 'decisions.currentNo'),
    ]),
  };
}
