import { useId, useState } from 'react';
import type { TaskCut } from '../../../shared/budget/taakstelling';
import { cents } from '../../../shared/domain/units';
import {
  formatFte,
  formatHours,
  formatMoney,
  parseDutchNumber,
  quoted,
} from '../../../shared/format/nl';
import { t } from '../../components/i18n';
import type { ProgrammeData } from '../../db/repositories/programme-data';
import { taskChainOf } from '../../state/money';
import { TaskCutScenario } from '../scenarios/TaskCutScenario';

/** Reads the box: a percentage 0–100 or an amount of euros ≥ 0; null when it is not one. */
function readCut(kind: TaskCut['kind'], text: string): TaskCut | null {
  const n = parseDutchNumber(text.replace(/[€%]/g, '').trim());
  if (n === null || n < 0) return null;
  if (kind === 'percent') return n <= 100 ? { kind, share: n / 100 } : null;
  return { kind, cents: cents(Math.round(n * 100)) };
}

/**
 * The taakstelling control ("kader −5%"): the chain euros → fte → hours → what falls below the
 * line, computed from the programme and kept only on screen (scenarios come later).
 */
export function TaskCutCard(props: { data: ProgrammeData }) {
  const [kind, setKind] = useState<TaskCut['kind']>('percent');
  const [text, setText] = useState('5');
  const id = useId();
  const cut = readCut(kind, text);
  const chain = cut ? taskChainOf(props.data, cut) : null;
  const title = (x: string) => props.data.activities.find((a) => a.id === x)?.title ?? x;
  const perFte = chain && chain.fte > 0 ? chain.shortfall / chain.fte : 0;
  const error = cut === null;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('budget.task')}</h2>
      <p className="muted small">{t('budget.taskHint')}</p>
      <fieldset className="task__kind">
        <legend>{t('budget.task.kind')}</legend>
        {(['percent', 'amount'] as const).map((k) => (
          <label key={k}>
            <input
              type="radio"
              name={`${id}-kind`}
              value={k}
              checked={kind === k}
              onChange={() => {
                setKind(k);
                setText(k === 'percent' ? '5' : '500.000');
              }}
            />{' '}
            {t(k === 'percent' ? 'budget.task.percent' : 'budget.task.amount')}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-value`}>
          {t(kind === 'percent' ? 'budget.task.valuePercent' : 'budget.task.valueAmount')}
        </label>
        <input
          id={`${id}-value`}
          type="text"
          inputMode="decimal"
          value={text}
          aria-invalid={error}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setText(e.target.value);
          }}
        />
        {error ? (
          <p id={`${id}-error`} className="field__error" role="alert">
            {t(kind === 'percent' ? 'budget.task.invalidPercent' : 'budget.task.invalidAmount')}
          </p>
        ) : null}
      </div>
      {cut ? <TaskCutScenario cut={cut} amount={text} /> : null}
      {chain ? (
        <ol className="chain" aria-label={t('budget.task')}>
          <li>
            {t('budget.task.frame', {
              frame: formatMoney(props.data.programme.budget.frameCents),
              cut: formatMoney(chain.cut),
              after: formatMoney(chain.frameAfter),
            })}
          </li>
          {chain.shortfall <= 0 ? (
            <li>{t('budget.task.absorbed')}</li>
          ) : (
            <>
              <li>{t('budget.task.shortfall', { amount: formatMoney(chain.shortfall) })}</li>
              <li>
                {t('budget.task.fte', {
                  fte: formatFte(chain.fte),
                  rate: formatMoney(cents(Math.round(perFte))),
                })}
              </li>
              <li>{t('budget.task.hours', { hours: formatHours(Math.round(chain.hours)) })}</li>
              <li>
                {chain.fallsBelow.length
                  ? t('budget.task.below', {
                      titles: chain.fallsBelow.map((x) => quoted(title(x))).join(', '),
                    })
                  : t('budget.task.noneBelow')}
              </li>
            </>
          )}
        </ol>
      ) : null}
    </section>
  );
}
