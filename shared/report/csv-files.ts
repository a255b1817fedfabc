import { safeFileName } from '../contract/file-name';
import { reportTableCsv } from '../export/csv';
import type { Language } from '../i18n/language';
import { currentLanguage } from '../i18n/language';
import { translate } from '../i18n/translate';
import { fail, ok, type Result } from '../result';
import { documentProblems, documentTables, type ReportDocument } from './document';

/** One CSV file of a report: its suggested file name and its text. */
export type ReportCsvFile = { readonly name: string; readonly content: string };

/**
 * A report as CSV, one file per table for Excel in the language (`reportTableCsv`), named
 * `<report title> - <table name>.csv` (safe for every system; a name taken gets ` (2)`). Refused, with the first
 * problem in Dutch, when a table's totals do not match its rows.
 */
export function reportCsvFiles(
  doc: ReportDocument,
  language: Language = currentLanguage(),
): Result<ReportCsvFile[]> {
  const problem = documentProblems(doc)[0];
  if (problem)
    return fail({
      key: 'report.invalid',
      params: { name: doc.title, problem: translate(problem.key, problem.params) },
    });
  const taken = new Set<string>();
  return ok(
    documentTables(doc).map((table) => {
      // The report's title first, so the tables of two years' packs never take each other's name.
      const base = `${doc.title} - ${table.name}`;
      let name = safeFileName(base, 'csv');
      for (let n = 2; taken.has(name.toLocaleLowerCase()); n += 1)
        name = safeFileName(`${base} (${n})`, 'csv');
      taken.add(name.toLocaleLowerCase());
      return { name, content: reportTableCsv(table, language) };
    }),
  );
}
