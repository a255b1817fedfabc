import { t } from '../i18n';

/** One row of a chart's table: its name and its figures, already formatted. */
export type ChartTableRow = {
  readonly key: string;
  readonly label: string;
  readonly cells: readonly string[];
  readonly className?: string;
};

/**
 * The table every chart carries under "Toon als tabel", for screen readers and for reading exact
 * figures: the first column names the row, the others are figures (right-aligned).
 */
export function ChartTable(props: {
  caption: string;
  columns: readonly string[];
  rows: readonly ChartTableRow[];
}) {
  const [first, ...figures] = props.columns;
  return (
    <details className="chart__table">
      <summary>{t('capacity.showTable')}</summary>
      <table className="grid">
        <caption className="sr-only">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            {figures.map((c, i) => (
              <th key={i} scope="col" className="num">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.key} className={r.className}>
              <th scope="row">{r.label}</th>
              {r.cells.map((c, i) => (
                <td key={i} className="num">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
