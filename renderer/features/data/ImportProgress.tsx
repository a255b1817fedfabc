import { useEffect, useState } from 'react';
import { formatNumber } from '../../../shared/format/nl';
import { t } from '../../components/i18n';
import { useKoers } from '../../state/store';

/** An import shorter than this shows no progress (it would only flicker). */
const SHOW_AFTER_MS = 1000;

/**
 * How far an import has come (issue 11), once it has taken longer than a second: reading the
 * file, checking its activities, writing them, as a progress bar with its Dutch label
 * ("Importeren… 12.000 van 20.000 activiteiten") that screen readers announce politely.
 */
export function ImportProgress() {
  const progress = useKoers((s) => s.importProgress);
  const active = progress !== null;
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) return undefined;
    const timer = setTimeout(() => {
      setShown(true);
    }, SHOW_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setShown(false);
    };
  }, [active]);
  if (!progress || !shown) return null;
  const counted = progress.phase !== 'reading' && progress.total > 0;
  const label =
    progress.phase === 'reading'
      ? t('importProgress.reading')
      : t(progress.phase === 'checking' ? 'importProgress.checking' : 'importProgress.writing', {
          done: formatNumber(progress.done),
          total: formatNumber(progress.total),
        });
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <p id="import-progress-label" className="small">
        {label}
      </p>
      {counted ? (
        <progress
          aria-labelledby="import-progress-label"
          max={progress.total}
          value={progress.done}
          aria-valuemin={0}
          aria-valuemax={progress.total}
          aria-valuenow={progress.done}
          aria-valuetext={label}
        />
      ) : (
        <progress aria-labelledby="import-progress-label" />
      )}
    </div>
  );
}
