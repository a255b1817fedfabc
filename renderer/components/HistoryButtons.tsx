import { useKoers } from '../state/store';
import { t, tm } from './i18n';
import { historyAction } from './undo-keys';

/** Undo and redo, each naming its step; in the header and in the editor, so both stay reachable. */
export function HistoryButtons() {
  const history = useKoers((s) => s.history);
  const undo = useKoers((s) => s.undo);
  const redo = useKoers((s) => s.redo);
  const lastStep = history.past.at(-1);
  const nextStep = history.future.at(-1);
  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        disabled={!lastStep}
        title={
          lastStep ? t('history.undoWhat', { what: tm(lastStep.label) }) : t('history.nothing')
        }
        // Keep focus (and the field's visit) where it is; the click still undoes.
        onMouseDown={(e) => {
          e.preventDefault();
        }}
        onClick={() => {
          historyAction('undo', undo, redo);
        }}
      >
        {t('history.undo')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        disabled={!nextStep}
        title={nextStep ? t('history.redoWhat', { what: tm(nextStep.label) }) : undefined}
        onMouseDown={(e) => {
          e.preventDefault();
        }}
        onClick={() => {
          historyAction('redo', undo, redo);
        }}
      >
        {t('history.redo')}
      </button>
    </>
  );
}
