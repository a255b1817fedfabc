import { t } from './i18n';
import { useKoers } from '../state/store';

/**
 * Whether the window's typing is stored: a field being edited (or holding text that cannot be
 * stored), a write on its way, or all saved. Its own component, so that a keystroke or a write
 * starting and ending redraws this line only, not the whole window (issue 11: at 2.000
 * activities each Enter redrew the programme list twice more for this text alone).
 */
export function SaveState() {
  const busy = useKoers((s) => s.busy);
  const editingSlots = useKoers((s) => s.editing);
  const editing = Object.values(editingSlots);
  const names = (list: typeof editing) => [...new Set(list.map((e) => e.label))].join(', ');
  const invalid = editing.filter((e) => !e.valid);
  const pending = editing.length > 0;
  const saveState =
    invalid.length > 0
      ? t('notice.invalid', { field: names(invalid) })
      : pending
        ? t('notice.editing', { field: names(editing) })
        : busy > 0
          ? t('notice.saving')
          : t('notice.saved');
  return (
    <span
      className={`save-state ${pending ? 'save-state--pending' : ''}`}
      role="status"
      title={saveState}
    >
      {saveState}
    </span>
  );
}
