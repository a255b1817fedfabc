import { useMemo } from 'react';
import type { Decision } from '../../../shared/domain/review';
import { decisionsIn } from '../../../shared/review/edits';
import { useKoers } from '../../state/store';

/** The decisions that hold on the screen shown: the programme's, and the open scenario's. */
export function useDecisionsHere(): readonly Decision[] {
  const decisions = useKoers((s) => s.decisions);
  const scenarioId = useKoers((s) => s.openScenarioId);
  return useMemo(() => decisionsIn(decisions, scenarioId), [decisions, scenarioId]);
}
