import type { CostModel, FixedCost } from '../../../shared/domain/budget';
import { FixedCostKind } from '../../../shared/domain/budget';
import type { Programme, Team } from '../../../shared/domain/schemas';
import { cents } from '../../../shared/domain/units';
import { costPerFte } from '../../../shared/budget/cost-model';
import { formatMoney, formatNumberInput } from '../../../shared/format/nl';
import { CheckField, ParsedField, SelectField, TextField } from '../../components/fields';
import { t } from '../../components/i18n';
import { parseEuros, parseShare } from '../../components/parse';
import { ScrollArea } from '../../components/ScrollArea';
import type { Path } from '../../../shared/delta/delta';
import { setField } from '../../state/commands/calls';
import { useKoers } from '../../state/store';

/** Largest rate or amount the model takes, in euros. */
const MAX_EUROS = 1_000_000_000;

/** The cost model: basis, rates per scale or integral, overhead, fixed costs, with their source. */
export function CostModelSettings({
  programme,
  model,
  teams,
}: {
  programme: Programme;
  model: CostModel;
  teams: readonly Team[];
}) {
  const newId = useKoers((s) => s.newId);
  const dispatch = useKoers((s) => s.dispatch);
  /** Sets one field of the cost model, by its path inside it. */
  const set = (path: Path) => (value: unknown) =>
    setField('programmes', programme.id, ['budget', 'costModel', ...path], value);
  const fixed = (id: string): Path => ['fixedCosts', { by: 'id', id }];
  const euroField = (v: number) => formatNumberInput(v / 100);
  const norm = programme.capacity.productiveHoursPerFte;
  return (
    <section className="card card--wide" aria-labelledby="model-title">
      <h2 id="model-title">{t('budget.model')}</h2>
      <div className="model">
        <SelectField
          label={t('budget.basis')}
          value={model.basis}
          options={[
            { value: 'schalen', label: t('budget.basis.schalen') },
            { value: 'integraal', label: t('budget.basis.integraal') },
          ]}
          save={set(['basis'])}
        />
        {model.basis === 'integraal' ? (
          <ParsedField
            label={t('budget.integralRate')}
            value={model.integralRateCents}
            format={euroField}
            parse={(text) => parseEuros(text, MAX_EUROS)}
            save={set(['integralRateCents'])}
          />
        ) : (
          model.scaleRates.map((r) => (
            <ParsedField
              key={r.scale}
              label={t('budget.scaleRate', { scale: r.scale })}
              value={r.cents}
              format={euroField}
              parse={(text) => parseEuros(text, MAX_EUROS)}
              save={set(['scaleRates', { by: 'scale', id: `${r.scale}` }, 'cents'])}
            />
          ))
        )}
        <ParsedField
          label={t('budget.overhead')}
          value={model.overheadPerFteCents}
          format={euroField}
          parse={(text) => parseEuros(text, MAX_EUROS)}
          save={set(['overheadPerFteCents'])}
        />
        <CheckField
          label={t('budget.includesOverhead')}
          checked={model.frameIncludesOverhead}
          save={set(['frameIncludesOverhead'])}
        />
        <TextField
          label={t('budget.rateSource')}
          value={model.rateSource}
          multiline
          save={set(['rateSource'])}
          className="span-all"
        />
      </div>
      <h3>{t('budget.teamRates')}</h3>
      {model.basis === 'schalen' ? (
        <ScrollArea label={t('budget.mix')}>
          <table className="grid mix">
            <caption className="sr-only">{t('budget.mix')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('capacity.team')}</th>
                {model.scaleRates.map((r) => (
                  <th scope="col" key={r.scale} className="num">
                    {t('budget.scaleShort', { scale: r.scale })}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('budget.perFte')}
                </th>
                <th scope="col" className="num">
                  {t('budget.perHour')}
                </th>
              </tr>
            </thead>
            <tbody>
              {teams.map((team) => {
                const mix = model.teamMix.find((m) => m.teamId === team.id)?.mix ?? [];
                const perFte = costPerFte(model, team.id);
                return (
                  <tr key={team.id}>
                    <th scope="row">{team.name}</th>
                    {model.scaleRates.map((r) => (
                      <td key={r.scale}>
                        <ParsedField
                          label={t('budget.mixShare', { team: team.name, scale: r.scale })}
                          value={
                            Math.round((mix.find((m) => m.scale === r.scale)?.share ?? 0) * 1000) /
                            10
                          }
                          format={(v) => (v === 0 ? '' : formatNumberInput(v))}
                          parse={(text) => {
                            const r = parseShare(text, 0);
                            return r.ok ? { ok: true, value: r.value * 100 } : r;
                          }}
                          save={(percent) => ({
                            name: 'cost-model/mix-share',
                            args: [programme.id, team.id, r.scale, percent / 100],
                          })}
                          className="field--inline field--num field--month"
                        />
                      </td>
                    ))}
                    <td className="num">{formatMoney(cents(Math.round(perFte)))}</td>
                    <td className="num">
                      {formatMoney(cents(Math.round(norm > 0 ? perFte / norm : 0)))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollArea>
      ) : (
        <ul className="plain">
          {teams.map((team) => {
            const perFte = costPerFte(model, team.id);
            return (
              <li key={team.id}>
                {t('budget.teamRate', {
                  team: team.name,
                  amount: formatMoney(cents(Math.round(perFte))),
                  hour: formatMoney(cents(Math.round(norm > 0 ? perFte / norm : 0))),
                })}
              </li>
            );
          })}
        </ul>
      )}
      <h3>{t('budget.fixed')}</h3>
      <ul className="rows">
        {model.fixedCosts.map((f) => (
          <li key={f.id} className="rows__item rows__item--fixed">
            <SelectField
              label={t('budget.fixedKind')}
              value={f.kind}
              options={FixedCostKind.options.map((k) => ({ value: k, label: t(`fixed.${k}`) }))}
              save={set([...fixed(f.id), 'kind'])}
            />
            <TextField
              label={t('budget.fixedLabel')}
              value={f.label}
              save={set([...fixed(f.id), 'label'])}
            />
            <ParsedField
              label={t('budget.fixedAmount')}
              value={f.cents}
              format={euroField}
              parse={(text) => parseEuros(text, MAX_EUROS)}
              save={set([...fixed(f.id), 'cents'])}
            />
            <button
              type="button"
              className="button button--quiet"
              aria-label={t('budget.fixedDelete', { label: f.label || t(`fixed.${f.kind}`) })}
              onClick={() => {
                void dispatch(set(fixed(f.id))(undefined), {
                  label: { key: 'history.editBudget' },
                });
              }}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button"
        onClick={() => {
          const id = newId();
          const item: FixedCost = { id, kind: 'overig', label: '', cents: cents(0) };
          void dispatch(set(fixed(id))(item), { label: { key: 'history.editBudget' } });
        }}
      >
        {t('budget.fixedAdd')}
      </button>
    </section>
  );
}
