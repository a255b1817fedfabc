import type { TeamPersonnel } from '../../../shared/budget/cost-model';
import type { Team } from '../../../shared/domain/schemas';
import { cents } from '../../../shared/domain/units';
import { formatFteNumber, formatMoney } from '../../../shared/format/nl';
import { t } from '../../components/i18n';

/** What the personnel money buys: staffing per team × its cost per fte (issue 9). */
export function PersonnelTable(props: { rows: readonly TeamPersonnel[]; teams: readonly Team[] }) {
  const name = (id: string) => props.teams.find((x) => x.id === id)?.name ?? id;
  const fte = props.rows.reduce((s, r) => s + r.averageFte, 0);
  const total = props.rows.reduce((s, r) => s + r.cents, 0);
  return (
    <div className="table-scroll">
      <table className="grid costs">
        <caption className="sr-only">{t('budget.buys')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('budget.buys.team')}</th>
            <th scope="col" className="num">
              {t('budget.buys.fte')}
            </th>
            <th scope="col" className="num">
              {t('budget.buys.perFte')}
            </th>
            <th scope="col" className="num">
              {t('budget.buys.cost')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.teamId}>
              <th scope="row">{name(r.teamId)}</th>
              <td className="num">{formatFteNumber(r.averageFte)}</td>
              <td className="num">{formatMoney(cents(Math.round(r.perFte)))}</td>
              <td className="num">{formatMoney(r.cents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="strong">
            <th scope="row">{t('budget.buys.total')}</th>
            <td className="num">{formatFteNumber(fte)}</td>
            <td />
            <td className="num">{formatMoney(cents(total))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
