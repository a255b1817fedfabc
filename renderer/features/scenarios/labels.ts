import type { Scenario } from '../../../shared/domain/review';
import type { IsoDate } from '../../../shared/domain/units';
import type { Version } from '../../../shared/domain/versions';
import { formatDate } from '../../../shared/format/nl';
import { t } from '../../components/i18n';

/** A scenario's base in words: "het programma nu", "de vastgestelde versie „…”", "versie „…”". */
export function baseLabel(scenario: Scenario, versions: readonly Version[]): string {
  const base = scenario.base;
  if (base.kind === 'programme') return t('scenario.base.programme');
  if (base.kind === 'adopted') return t('scenario.base.adopted');
  const version = versions.find((v) => v.id === base.versionId);
  return t('scenario.base.version', { name: version?.name ?? base.versionId });
}

/** The day a scenario was made, in Dutch ("3 maart 2026"). */
export const madeOn = (scenario: Scenario): string =>
  formatDate(scenario.createdAt.slice(0, 10) as IsoDate);
