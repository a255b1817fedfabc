import type { TaskCut } from '../../../shared/budget/taakstelling';
import { formatNumber } from '../../../shared/format/nl';
import { t } from '../../components/i18n';
import type { CommandCall } from '../../state/commands/calls';
import { useKoers } from '../../state/store';
import type { QuickAlso } from '../capacity/ReasonForm';

/**
 * *Als scenario* for a reason form (a force, *Wat als*, the best selection): the same command,
 * given the reason, made into a named scenario on the programme now instead of done; the
 * programme stays as it is and the scenario is offered to open. None while a scenario is open
 * (the command then changes that scenario already).
 */
export function useQuickAlso(
  name: (reason: string) => string,
  call: (reason: string) => CommandCall | null,
): QuickAlso | undefined {
  const quickScenario = useKoers((s) => s.quickScenario);
  const inScenario = useKoers((s) => s.openScenarioId !== null);
  const viewing = useKoers((s) => s.viewingVersionId !== null);
  if (inScenario || viewing) return undefined;
  return {
    label: t('scenario.quick'),
    onSubmit: async (reason) => {
      const c = call(reason);
      if (c !== null) await quickScenario(name(reason), { call: c });
    },
  };
}

/** The name of a taakstelling scenario: "Taakstelling 5%", "Taakstelling € 500.000". */
export function taskCutName(cut: TaskCut, amount: string): string {
  return cut.kind === 'percent'
    ? t('scenario.quick.taskPercent', {
        percent: formatNumber(Math.round(cut.share * 10000) / 100),
      })
    : t('scenario.quick.taskAmount', { amount });
}
