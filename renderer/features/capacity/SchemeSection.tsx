import { useId } from 'react';
import type { RiskScheme } from '../../../shared/domain/schemas';
import { formatNumber, formatNumberInput, formatPercent } from '../../../shared/format/nl';
import { weightsFromComparisons } from '../../../shared/planning/criteria-weights';
import { ParsedField } from '../../components/fields';
import { t } from '../../components/i18n';
import { setField } from '../../state/commands/calls';
import { useKoers } from '../../state/store';
import { parseHours } from '../../components/parse';
import type { MessageKey } from '../../../shared/i18n/messages.nl';

/** Saaty's scale as choices, from "a much more important" to "b much more important". */
const RATIOS: readonly { value: number; key: MessageKey }[] = [
  { value: 9, key: 'scheme.ratio.9' },
  { value: 7, key: 'scheme.ratio.7' },
  { value: 5, key: 'scheme.ratio.5' },
  { value: 3, key: 'scheme.ratio.3' },
  { value: 1, key: 'scheme.ratio.1' },
  { value: 1 / 3, key: 'scheme.ratio.1/3' },
  { value: 1 / 5, key: 'scheme.ratio.1/5' },
  { value: 1 / 7, key: 'scheme.ratio.1/7' },
  { value: 1 / 9, key: 'scheme.ratio.1/9' },
];

/** One pairwise comparison as a select. */
function PairSelect(props: {
  a: string;
  b: string;
  value: number;
  onChange: (ratio: number) => void;
}) {
  const id = useId();
  const index = RATIOS.reduce(
    (best, r, i) =>
      Math.abs(Math.log(r.value / props.value)) <
      Math.abs(Math.log((RATIOS[best]?.value ?? 1) / props.value))
        ? i
        : best,
    4,
  );
  return (
    <div className="field">
      <label htmlFor={id}>{t('scheme.compare', { a: props.a, b: props.b })}</label>
      <select
        id={id}
        value={index}
        onChange={(e) => {
          props.onChange(RATIOS[Number(e.target.value)]?.value ?? 1);
        }}
      >
        {RATIOS.map((r, i) => (
          <option key={r.key} value={i}>
            {t(r.key, { a: props.a, b: props.b })}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The risk model: weights per criterion, or derived from pairwise comparisons with a consistency check. */
export function SchemeSection({
  scheme,
  programmeId,
}: {
  scheme: RiskScheme;
  programmeId: string;
}) {
  const dispatch = useKoers((s) => s.dispatch);
  const label = { key: 'history.editScheme' } as const;
  const total = scheme.criteria.reduce((s, c) => s + c.weight, 0);
  const ids = scheme.criteria.map((c) => c.id as string);
  const derived = weightsFromComparisons(ids, scheme.comparisons);
  const ratioOf = (a: string, b: string) => {
    const direct = scheme.comparisons.find((c) => c.a === a && c.b === b);
    if (direct) return direct.ratio;
    const inverse = scheme.comparisons.find((c) => c.a === b && c.b === a);
    return inverse ? 1 / inverse.ratio : 1;
  };
  const setRatio = (a: string, b: string, ratio: number) => {
    void dispatch({ name: 'scheme/ratio', args: [programmeId, a, b, ratio] }, { label });
  };
  const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as const));
  const name = (id: string) => scheme.criteria.find((c) => c.id === id)?.name ?? id;
  return (
    <section className="card" aria-labelledby="scheme-title">
      <h2 id="scheme-title">{t('scheme.title')}</h2>
      <p className="muted small">{t('scheme.hint')}</p>
      <div className="scheme__weights">
        {scheme.criteria.map((c) => (
          <ParsedField
            key={c.id}
            label={t('scheme.weight', { name: c.name })}
            value={c.weight}
            format={formatNumberInput}
            parse={(text) => parseHours(text, 100)}
            hint={t('scheme.weightShare', {
              share: formatPercent(total > 0 ? c.weight / total : 0),
            })}
            save={(weight) =>
              setField(
                'programmes',
                programmeId,
                ['riskScheme', 'criteria', { by: 'id', id: c.id }, 'weight'],
                weight,
              )
            }
          />
        ))}
      </div>
      <details className="pairwise">
        <summary>{t('scheme.pairwise')}</summary>
        <p className="muted small">{t('scheme.pairwiseHint')}</p>
        <div className="pairwise__grid">
          {pairs.map(([a, b]) => (
            <PairSelect
              key={`${a}-${b}`}
              a={name(a)}
              b={name(b)}
              value={ratioOf(a, b)}
              onChange={(r) => {
                setRatio(a, b, r);
              }}
            />
          ))}
        </div>
        <p className={derived.consistent ? 'ok' : 'warning'} role="status">
          {derived.consistent
            ? t('scheme.consistent', {
                cr: formatNumber(Math.round(derived.consistencyRatio * 100) / 100),
              })
            : t('scheme.inconsistent', {
                cr: formatNumber(Math.round(derived.consistencyRatio * 100) / 100),
              })}
        </p>
        <ul className="plain">
          {ids.map((id) => (
            <li key={id}>
              {name(id)}: {formatPercent(derived.weights.get(id) ?? 0)}
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="button"
          disabled={!derived.consistent}
          onClick={() => {
            void dispatch(
              {
                name: 'row/set-many',
                args: [
                  'programmes',
                  programmeId,
                  scheme.criteria.map((c) => [
                    ['riskScheme', 'criteria', { by: 'id', id: c.id }, 'weight'],
                    Math.round((derived.weights.get(c.id) ?? 0) * 1000) / 1000,
                  ]),
                ],
              },
              { label },
            );
          }}
        >
          {t('scheme.apply')}
        </button>
      </details>
    </section>
  );
}
