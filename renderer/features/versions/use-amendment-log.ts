import { useEffect, useState } from 'react';
import type { AmendmentLog } from '../../state/commands/amendments';
import { useCommands } from '../../state/store';

/**
 * The amendment log of a programme, kept fresh after every write (from this window or another);
 * null while it loads, or when another programme's log is still the one held.
 */
export function useAmendmentLog(programmeId: string | null): AmendmentLog | null {
  const { watchAmendments } = useCommands();
  const [log, setLog] = useState<AmendmentLog | null>(null);
  useEffect(() => {
    if (programmeId === null) return;
    return watchAmendments(programmeId, setLog);
  }, [programmeId, watchAmendments]);
  return log !== null && log.programmeId === programmeId ? log : null;
}
