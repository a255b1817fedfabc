import type { TaskCut } from '../../../shared/budget/taakstelling';
import { formatMoney } from '../../../shared/format/nl';
import { t } from '../../components/i18n';
import { useKoers } from '../../state/store';
import { taskCutName } from './quick';

/**
 * *Als scenario* beside the taakstelling control (issue 12): the cut made into a named scenario
 * that lowers the frame (and the staffing the deficit pays for); the programme stays as it is,
 * and the scenario is offered to open. None while a scenario or a version is on screen.
 */
export function TaskCutScenario(props: { cut: TaskCut; amount: string }) {
  const quickScenario = useKoers((s) => s.quickScenario);
  const frame = useKoers((s) => s.liveData?.programme.budget.frameCents ?? null);
  const hidden = useKoers((s) => s.openScenarioId !== null || s.viewingVersionId !== null);
  if (hidden || frame === null) return null;
  const { cut } = props;
  const name = taskCutName(cut, cut.kind === 'amount' ? formatMoney(cut.cents) : props.amount);
  return (
    <div className="task__scenario">
      <p className="muted small">{t('scenario.quick.taskHint')}</p>
      <button
        type="button"
        className="button"
        onClick={() => void quickScenario(name, { taskCut: cut })}
      >
        {t('scenario.quick')}
      </button>
    </div>
  );
}
