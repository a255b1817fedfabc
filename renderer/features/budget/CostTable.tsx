import { formatMoney, formatPercent } from '../../../shared/format/nl';
import { cents } from '../../../shared/domain/units';
import { ScrollArea } from '../../components/ScrollArea';
import { t } from '../../components/i18n';
import type { CostRow } from '../../state/budget';

/** Costs per group as a table with a bar per row: the table is the chart, readable either way. */
export function CostTable<T extends { id: string; name: string }>(props: {
  title: string;
  header: string;
  rows: readonly CostRow<T>[];
}) {
  return (
    <ScrollArea label={props.title}>
      <table className="costs" aria-label={props.title}>
        <thead>
          <tr>
            <th scope="col">{props.header}</th>
            <th scope="col" className="num">
              {t('budget.amount')}
            </th>
            <th scope="col">{t('budget.share')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.item.id}>
              <th
                scope="row"
                style={{ paddingLeft: `${0.5 + r.depth * 1.25}rem` }}
                className={r.depth === 0 ? 'strong' : undefined}
              >
                {r.item.name}
              </th>
              <td className="num">{formatMoney(cents(Math.round(r.cents)))}</td>
              <td>
                <span className="share">
                  <span className="share__bar share__bar--wide" aria-hidden="true">
                    <span style={{ width: `${Math.round(r.share * 100)}%` }} />
                  </span>
                  {formatPercent(r.share)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
