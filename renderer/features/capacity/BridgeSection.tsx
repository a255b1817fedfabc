import { formatFte, formatHours } from '../../../shared/format/nl';
import { Waterfall } from '../../components/charts/Waterfall';
import { t } from '../../components/i18n';
import type { PlanningView } from '../../state/planning';

/** The bridge from formation to discretionary space, as a waterfall with its table. */
export function BridgeSection({ planning, norm }: { planning: PlanningView; norm: number }) {
  const steps = planning.bridge.steps.map((s) => ({
    label: t(`step.${s.key}`),
    value: s.hours,
    kind: s.kind,
  }));
  const first = planning.bridge.steps[0]?.hours ?? 0;
  const last = planning.bridge.steps.at(-1)?.hours ?? 0;
  return (
    <section className="card" aria-labelledby="bridge-title">
      <h2 id="bridge-title">{t('capacity.bridge')}</h2>
      <Waterfall
        steps={steps}
        format={formatHours}
        summary={t('capacity.bridgeSummary', {
          formation: formatHours(first),
          space: formatHours(last),
        })}
        tableCaption={t('capacity.bridge')}
        columns={[t('capacity.step'), t('capacity.hours')]}
        extraColumn={{
          header: t('capacity.fte'),
          value: (s) => formatFte(norm > 0 ? s.value / norm : 0),
        }}
      />
    </section>
  );
}
