import { formatNumber, formatFte, formatHours } from '../../../shared/format/nl';
import { t } from '../../components/i18n';
import { selectPlanning } from '../../state/planning';
import { selectFrames } from '../../state/selectors';
import { useKoers } from '../../state/store';
import { BridgeSection } from './BridgeSection';
import { CoverageSection } from './CoverageSection';
import { DisplacementSection } from './DisplacementSection';
import { HeatMapSection } from './HeatMapSection';
import { LineSection } from './LineSection';
import { ReserveCard } from './ReserveCard';
import { RiskMatrixSection } from './RiskMatrixSection';
import { SchemeSection } from './SchemeSection';

/** The capacity screen: the bridge, the heat map, the line, the risk matrix and MJP coverage. */
export function CapacityScreen() {
  const data = useKoers((s) => s.data);
  const planning = useKoers(selectPlanning);
  const frames = useKoers(selectFrames);
  const navigate = useKoers((s) => s.navigate);
  const setReviewing = useKoers((s) => s.setReviewing);
  if (!data || !planning || !frames) return null;
  const { programme } = data;
  const step = (k: string) => planning.bridge.steps.find((s) => s.key === k)?.hours ?? 0;
  const aboveCount = planning.line.entries.filter((e) => e.above).length;
  // The overloaded cells of the heat map: the team-periods the line judges room on.
  const overCells = planning.load.filter((c) => c.over > 0).length;
  return (
    <section className="screen" aria-labelledby="capacity-title">
      <div className="screen__head">
        <h1 id="capacity-title">{t('capacity.title', { year: programme.year })}</h1>
        <button
          type="button"
          className="button"
          onClick={() => {
            setReviewing(true);
            navigate('decisions');
          }}
        >
          {t('reviewMode.title')}
        </button>
      </div>
      <dl className="kpis">
        <div className="kpi">
          <dt>{t('capacity.kpi.formation')}</dt>
          <dd>{formatFte(frames.formation)}</dd>
        </div>
        <div className="kpi">
          <dt>{t('capacity.kpi.planned')}</dt>
          <dd>{formatHours(step('planned'))}</dd>
        </div>
        <div className="kpi">
          <dt>{t('capacity.kpi.committed')}</dt>
          <dd>{formatHours(step('committed'))}</dd>
        </div>
        <div className={`kpi ${step('discretionary') < 0 ? 'kpi--bad' : ''}`}>
          <dt>{t('capacity.kpi.space')}</dt>
          <dd>{formatHours(step('discretionary'))}</dd>
        </div>
        <div className="kpi">
          <dt>{t('capacity.kpi.above')}</dt>
          <dd>
            {t('capacity.kpi.aboveValue', {
              above: aboveCount,
              total: formatNumber(planning.line.entries.length),
            })}
          </dd>
        </div>
        <div className={`kpi ${overCells > 0 ? 'kpi--bad' : ''}`}>
          <dt>{t(`heat.kpi.${planning.settings.basis}`)}</dt>
          <dd>{overCells}</dd>
        </div>
      </dl>
      <div className="cards">
        <BridgeSection planning={planning} norm={programme.capacity.productiveHoursPerFte} />
        <RiskMatrixSection activities={data.activities} scheme={programme.riskScheme} />
        <HeatMapSection planning={planning} teams={data.teams} activities={data.activities} />
        <LineSection planning={planning} activities={data.activities} teams={data.teams} />
        <DisplacementSection
          planning={planning}
          activities={data.activities}
          teams={data.teams}
          themes={data.themes}
          programme={programme}
        />
        <SchemeSection scheme={programme.riskScheme} programmeId={programme.id} />
        <CoverageSection planning={planning} />
        <ReserveCard
          programme={programme}
          bridge={planning.bridge}
          teams={data.teams}
          activities={data.activities}
        />
      </div>
    </section>
  );
}
