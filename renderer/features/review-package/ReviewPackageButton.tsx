import { t } from '../../components/i18n';
import { useCommands } from '../../state/store';

/** *Reviewpakket maken* for one version of the Versions screen (issue 12). */
export function VersionPackageButton(props: { versionId: string; name: string }) {
  const { exportVersionPackage } = useCommands();
  return (
    <button
      type="button"
      className="button"
      aria-label={t('review.exportLabel', { name: props.name })}
      onClick={() => void exportVersionPackage(props.versionId)}
    >
      {t('review.export')}
    </button>
  );
}

/**
 * *Reviewpakket maken* for a scenario: for the Scenario's screen (SCEN mounts it; the command is
 * `exportScenarioPackage(scenarioId)`, store command `review/export-scenario`).
 */
export function ScenarioPackageButton(props: { scenarioId: string; name: string }) {
  const { exportScenarioPackage } = useCommands();
  return (
    <button
      type="button"
      className="button"
      aria-label={t('review.exportLabel', { name: props.name })}
      onClick={() => void exportScenarioPackage(props.scenarioId)}
    >
      {t('review.export')}
    </button>
  );
}
