import {
  formatDate,
  formatFteNumber,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercent,
} from '../format/nl';
import type { Cents, IsoDate, MonthKey } from '../domain/units';
import type { ColumnKind, ReportCell } from './document';

/** Hours in a report: one decimal, thousands separated (`1.363,5`), as the XLSX format `#,##0.0`. */
function formatReportHours(value: number): string {
  return formatNumber(Math.round(value * 10) / 10);
}

/**
 * A cell as the print view shows it, in the current language: `€ 16.228.000`, `10,0%`,
 * `9 oktober 2025`, `maart 2026`, `1.363,5`, `2,20`; '' for an empty cell. The one formatter
 * of report cells, so the screen, the PDF and the messages agree.
 */
export function formatReportCell(kind: ColumnKind, cell: ReportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') {
    if (kind === 'date') return formatDate(cell as IsoDate);
    if (kind === 'month') return formatMonth(cell as MonthKey);
    return cell;
  }
  switch (kind) {
    case 'euro':
      return formatMoney(cell as Cents);
    case 'percent':
      return formatPercent(cell);
    case 'fte':
      return formatFteNumber(cell);
    case 'hours':
      return formatReportHours(cell);
    default:
      return formatNumber(cell);
  }
}
