import { useEffect, useRef } from 'react';
import type { IsoDate } from '../../../shared/domain/units';
import { formatDate } from '../../../shared/format/nl';
import { t } from '../../components/i18n';
import { useKoers } from '../../state/store';

/**
 * While a saved version is shown instead of the programme: says which one, that it is read-only,
 * and how to go back. It takes focus when it appears (the person just asked to look), and gives
 * it to the screen when they go back.
 */
export function VersionBanner() {
  const viewingId = useKoers((s) => s.viewingVersionId);
  const version = useKoers((s) => s.versions.find((v) => v.id === s.viewingVersionId));
  const adoption = useKoers((s) => s.liveData?.programme.adoption ?? null);
  const viewVersion = useKoers((s) => s.viewVersion);
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (viewingId !== null) back.current?.focus();
  }, [viewingId]);
  if (viewingId === null || !version) return null;
  const text =
    adoption?.versionId === version.id
      ? t('versions.banner.adopted', { name: version.name, date: formatDate(adoption.on) })
      : t('versions.banner.saved', {
          name: version.name,
          date: formatDate(version.savedAt.slice(0, 10) as IsoDate),
        });
  return (
    <div className="banner banner--version">
      <p role="status">{text}</p>
      <button
        type="button"
        className="button"
        ref={back}
        onClick={() => {
          viewVersion(null);
          document.getElementById('main')?.focus();
        }}
      >
        {t('versions.banner.back')}
      </button>
    </div>
  );
}
