import { cents } from '../../../shared/domain/units';
import { ROEMERNORM } from '../../../shared/budget/cost-model';
import { formatMoney, formatPercent } from '../../../shared/format/nl';
import { Gauge } from '../../components/charts/Gauge';
import { Waterfall } from '../../components/charts/Waterfall';
import { t } from '../../components/i18n';
import { selectBudget } from '../../state/budget';
import { useKoers } from '../../state/store';
import { CostModelSettings } from './CostModelSettings';
import { CostTable } from './CostTable';
import { FundedPeople } from './FundedPeople';
import { GapLevers } from './GapLevers';
import { PersonnelTable } from './PersonnelTable';
import { SpendingCard } from './SpendingCard';
import { TaskCutCard } from './TaskCutCard';

/** The budget screen: the plan against the frame, where the money goes, the Roemernorm, the conditional frame. */
export function BudgetScreen() {
  const data = useKoers((s) => s.data);
  const view = useKoers(selectBudget);
  const setup = useKoers((s) => s.setupCostModel);
  if (!data) return null;
  const { programme } = data;
  const model = programme.budget.costModel;
  if (!model || !view) {
    return (
      <section className="screen" aria-labelledby="budget-title">
        <h1 id="budget-title">{t('budget.title', { year: programme.year })}</h1>
        <p>{t('budget.none')}</p>
        <button type="button" className="button button--primary" onClick={() => void setup()}>
          {t('budget.setup')}
        </button>
      </section>
    );
  }
  const { result } = view;
  const available = result.available;
  const verdictText =
    view.verdict.kind === 'fits'
      ? t('budget.fits', { left: formatMoney(view.verdict.left) })
      : t('budget.deficit', {
          short: formatMoney(view.verdict.short),
          share: formatPercent(view.verdict.share),
        });
  const over = result.roemerRatio > ROEMERNORM;
  // The bridge starts from the same frame as the KPI card: the frame with the confirmed funding.
  const steps = [
    ...(result.confirmedFunding > 0
      ? [
          { label: t('budget.frameLine'), value: result.frame as number, kind: 'total' as const },
          {
            label: t('budget.confirmedLine'),
            value: result.confirmedFunding as number,
            kind: 'plus' as const,
          },
        ]
      : []),
    { label: t('budget.available'), value: available as number, kind: 'subtotal' as const },
    ...result.lines
      .filter((l) => l.cents !== 0)
      .map((l) => ({ label: t(`budget.line.${l.key}`), value: l.cents, kind: 'minus' as const })),
    { label: t('budget.result'), value: result.result as number, kind: 'subtotal' as const },
  ];
  return (
    <section className="screen" aria-labelledby="budget-title">
      <div className="screen__head">
        <h1 id="budget-title">{t('budget.title', { year: programme.year })}</h1>
      </div>
      <dl className="kpis">
        <div className="kpi">
          <dt>{t('budget.kpi.frame')}</dt>
          <dd>{formatMoney(available)}</dd>
          {result.confirmedFunding > 0 ? (
            <dd className="kpi__note">
              {t('budget.kpi.frameFunded', { amount: formatMoney(result.confirmedFunding) })}
            </dd>
          ) : null}
        </div>
        <div className="kpi">
          <dt>{t('budget.kpi.total')}</dt>
          <dd>{formatMoney(result.total)}</dd>
        </div>
        <div className={`kpi ${view.verdict.kind === 'deficit' ? 'kpi--bad' : 'kpi--good'}`}>
          <dt>{t('budget.kpi.result')}</dt>
          <dd>{formatMoney(result.result)}</dd>
        </div>
        <div className={`kpi ${over ? 'kpi--bad' : ''}`}>
          <dt>{t('budget.kpi.roemer')}</dt>
          <dd>{formatPercent(result.roemerRatio)}</dd>
        </div>
      </dl>
      <p
        className={`verdict ${view.verdict.kind === 'deficit' ? 'verdict--bad' : 'verdict--good'}`}
        role="status"
      >
        {verdictText}
      </p>
      {over ? (
        <p className="warning" role="alert">
          {t('budget.roemerOver', {
            ratio: formatPercent(result.roemerRatio),
            norm: formatPercent(ROEMERNORM),
          })}
        </p>
      ) : null}

      <div className="cards">
        <section className="card" aria-labelledby="budget-bridge-title">
          <h2 id="budget-bridge-title">{t('budget.bridge')}</h2>
          <Waterfall
            steps={steps}
            format={(v) => formatMoney(cents(Math.round(v)))}
            summary={t('budget.bridgeSummary', {
              frame: formatMoney(available),
              total: formatMoney(result.total),
              result: formatMoney(result.result),
            })}
            tableCaption={t('budget.bridge')}
            columns={[t('budget.line'), t('budget.amount')]}
          />
          <p className="muted small">
            {t('budget.reserves', { amount: formatMoney(result.reserves) })}
          </p>
        </section>

        <section className="card" aria-labelledby="buys-title">
          <h2 id="buys-title">{t('budget.buys')}</h2>
          <p className="muted small">{t('budget.buysHint')}</p>
          <PersonnelTable rows={result.personnelByTeam} teams={data.teams} />
        </section>

        <section className="card" aria-labelledby="roemer-title">
          <h2 id="roemer-title">{t('budget.roemer')}</h2>
          <p className="muted small">{t('budget.roemerHint')}</p>
          <Gauge
            value={result.roemerRatio}
            norm={ROEMERNORM}
            max={ROEMERNORM * 2}
            label={t('budget.roemerGauge', {
              ratio: formatPercent(result.roemerRatio),
              norm: formatPercent(ROEMERNORM),
            })}
            valueText={formatPercent(result.roemerRatio)}
          />
          <p className={over ? 'warning' : 'ok'}>
            {over
              ? t('budget.roemerOver', {
                  ratio: formatPercent(result.roemerRatio),
                  norm: formatPercent(ROEMERNORM),
                })
              : t('budget.roemerOk', { ratio: formatPercent(result.roemerRatio) })}
          </p>

          <h2 id="conditional-title">{t('budget.conditional')}</h2>
          <p className="muted small">{t('budget.conditionalHint')}</p>
          <p className="small">
            {t('budget.baseFrame', { amount: formatMoney(cents(available)) })} ·{' '}
            {t('budget.condFrame', {
              amount: formatMoney(cents(available + result.conditionalFunding)),
            })}
          </p>
          <FundedPeople programme={programme} activities={view.conditional} teams={data.teams} />
        </section>

        <GapLevers data={data} />
        <TaskCutCard data={data} />

        <section className="card" aria-labelledby="per-theme-title">
          <h2 id="per-theme-title">{t('budget.perTheme')}</h2>
          <p className="muted small">{t('budget.perHint')}</p>
          <CostTable title={t('budget.perTheme')} header={t('budget.theme')} rows={view.perTheme} />
        </section>
        <section className="card" aria-labelledby="per-domain-title">
          <h2 id="per-domain-title">{t('budget.perDomain')}</h2>
          <p className="muted small">{t('budget.perHint')}</p>
          <CostTable
            title={t('budget.perDomain')}
            header={t('budget.domain')}
            rows={view.perDomain}
          />
        </section>
        <CostModelSettings programme={programme} model={model} teams={data.teams} />
        <SpendingCard programme={programme} planned={result.lines} />
      </div>
    </section>
  );
}
