import { formatDate } from '../../../shared/format/nl';
import { t } from '../../components/i18n';
import { useKoers } from '../../state/store';

/**
 * The programme in the header: its name and state. Issue 10 makes it a switcher listing the
 * organisation's programmes by year, with *Nieuw werkprogramma*.
 */
export function ProgrammeSwitcher() {
  const data = useKoers((s) => s.data);
  if (!data) return null;
  return (
    <div className="app__programme">
      <span className="app__programme-name">{data.programme.name}</span>
      <span className="app__programme-state">
        {data.programme.adoption
          ? t('header.published', { date: formatDate(data.programme.adoption.on) })
          : t('header.notPublished')}
      </span>
    </div>
  );
}
