import { useId } from 'react';
import type { LineBasis, LineSettings } from '../../../shared/domain/capacity';
import { t } from '../../components/i18n';
import { useKoers } from '../../state/store';

const BASES: readonly LineBasis[] = ['quarter', 'year', 'month'];

/** The line's settings: on which basis room is judged, and the strict single cut-off. */
export function LineSettingsForm({ settings }: { settings: LineSettings }) {
  const setField = useKoers((s) => s.setProgrammeField);
  const basisId = useId();
  const strictId = useId();
  return (
    <div className="line-settings">
      <div className="field">
        <label htmlFor={basisId}>{t('lineSettings.basis')}</label>
        <select
          id={basisId}
          value={settings.basis}
          onChange={(e) => {
            void setField(['line', 'basis'], e.target.value, { key: 'history.lineSettings' });
          }}
        >
          {BASES.map((b) => (
            <option key={b} value={b}>
              {t(`lineSettings.basis.${b}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="line-settings__strict">
        <input
          id={strictId}
          type="checkbox"
          checked={settings.strict}
          onChange={(e) => {
            void setField(['line', 'strict'], e.target.checked, { key: 'history.lineSettings' });
          }}
        />
        <label htmlFor={strictId}>{t('lineSettings.strict')}</label>
      </div>
    </div>
  );
}
