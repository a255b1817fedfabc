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
  const update = useKoers((s) => s.updateProgramme);
  const newId = useKoers((s) => s.newId);
  const save = (patch: Partial<CostModel>, key?: string) =>
    void update({ budget: { ...programme.budget, costModel: { ...model, ...patch } } }, key);
  const euroField = (v: number) => formatNumberInput(v / 100);
  const setFixed = (id: string, patch: Partial<FixedCost>, key?: string) => {
    save({ fixedCosts: model.fixedCosts.map((f) => (f.id === id ? { ...f, ...patch } : f)) }, key);
  };
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
          onSave={(basis) => {
            save({ basis });
          }}
        />
        {model.basis === 'integraal' ? (
          <ParsedField
            label={t('budget.integralRate')}
            value={model.integralRateCents}
            format={euroField}
            parse={(text) => parseEuros(text, MAX_EUROS)}
            onSave={(integralRateCents) => {
              save({ integralRateCents }, 'model:integral');
            }}
          />
        ) : (
          model.scaleRates.map((r) => (
            <ParsedField
              key={r.scale}
              label={t('budget.scaleRate', { scale: r.scale })}
              value={r.cents}
              format={euroField}
              parse={(text) => parseEuros(text, MAX_EUROS)}
              onSave={(c) => {
                save(
                  {
                    scaleRates: model.scaleRates.map((x) =>
                      x.scale === r.scale ? { ...x, cents: c } : x,
                    ),
                  },
                  `model:scale:${r.scale}`,
                );
              }}
            />
          ))
        )}
        <ParsedField
          label={t('budget.overhead')}
          value={model.overheadPerFteCents}
          format={euroField}
          parse={(text) => parseEuros(text, MAX_EUROS)}
          onSave={(overheadPerFteCents) => {
            save({ overheadPerFteCents }, 'model:overhead');
          }}
        />
        <CheckField
          label={t('budget.includesOverhead')}
          checked={model.frameIncludesOverhead}
          onSave={(frameIncludesOverhead) => {
            save({ frameIncludesOverhead });
          }}
        />
        <TextField
          label={t('budget.rateSource')}
          value={model.rateSource}
          multiline
          onSave={(rateSource) => {
            save({ rateSource }, 'model:source');
          }}
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
                          onSave={(percent) => {
                            const others = mix.filter((m) => m.scale !== r.scale);
                            const next =
                              percent > 0
                                ? [...others, { scale: r.scale, share: percent / 100 }]
                                : others;
                            save(
                              {
                                teamMix: [
                                  ...model.teamMix.filter((m) => m.teamId !== team.id),
                                  { teamId: team.id, mix: next.sort((a, b) => a.scale - b.scale) },
                                ],
                              },
                              `mix:${team.id}:${r.scale}`,
                            );
                          }}
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
              onSave={(kind) => {
                setFixed(f.id, { kind });
              }}
            />
            <TextField
              label={t('budget.fixedLabel')}
              value={f.label}
              onSave={(label) => {
                setFixed(f.id, { label }, `fixed:${f.id}:label`);
              }}
            />
            <ParsedField
              label={t('budget.fixedAmount')}
              value={f.cents}
              format={euroField}
              parse={(text) => parseEuros(text, MAX_EUROS)}
              onSave={(c) => {
                setFixed(f.id, { cents: c }, `fixed:${f.id}:amount`);
              }}
            />
            <button
              type="button"
              className="button button--quiet"
              aria-label={t('budget.fixedDelete', { label: f.label || t(`fixed.${f.kind}`) })}
              onClick={() => {
                save({ fixedCosts: model.fixedCosts.filter((x) => x.id !== f.id) });
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
          save({
            fixedCosts: [
              ...model.fixedCosts,
              { id: newId(), kind: 'overig', label: '', cents: cents(0) },
            ],
          });
        }}
      >
        {t('budget.fixedAdd')}
      </button>
    </section>
  );
}
