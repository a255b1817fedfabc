import { useState } from 'react';
import type { Message } from '../../shared/i18n/translate';
import { useCommands } from '../state/store';
import type { RestoreCandidate } from '../state/slices/rescue-slice';
import { t, tm } from './i18n';

/**
 * Shown instead of the app when the stored rows cannot be read: what is wrong, in Dutch, and the
 * way out. First a copy of everything as stored, then a backup or programme file replaces the
 * database after a confirmation; the page then starts again on the restored data.
 */
export function RecoveryScreen(props: { readonly error: Message }) {
  const c = useCommands();
  const [copy, setCopy] = useState<string | null>(null);
  const [status, setStatus] = useState<Message | null>(null);
  const [candidate, setCandidate] = useState<RestoreCandidate | null>(null);

  const saveCopy = async (): Promise<string | null> => {
    const saved = await c.saveDatabaseCopy();
    if (!saved.ok) {
      setStatus(saved.error);
      return null;
    }
    if (saved.value) {
      setCopy(saved.value);
      setStatus({ key: 'recovery.exported', params: { file: saved.value } });
    }
    return saved.value;
  };

  const restore = async (): Promise<void> => {
    if ((copy ?? (await saveCopy())) === null) {
      setStatus({ key: 'recovery.exportFirst' });
      return;
    }
    const picked = await c.pickRestoreFile();
    if (!picked.ok) setStatus(picked.error);
    else if (picked.value) setCandidate(picked.value);
  };

  return (
    <main className="load-error recovery" id="main">
      <h1>{t('recovery.title')}</h1>
      <p role="alert">{tm(props.error)}</p>
      <p>{t('recovery.text')}</p>
      <div className="confirm">
        <button type="button" className="button button--primary" onClick={() => void saveCopy()}>
          {t('recovery.export')}
        </button>
        <button type="button" className="button" onClick={() => void restore()}>
          {t('recovery.restore')}
        </button>
      </div>
      {candidate ? (
        <div className="confirm" role="alertdialog" aria-label={t('recovery.restore')}>
          <p>
            {t('recovery.confirm', {
              file: candidate.name,
              programmes: candidate.bundles.reduce((n, b) => n + b.programmes.length, 0),
              activities: candidate.bundles.reduce((n, b) => n + b.activities.length, 0),
              copy: copy ?? '',
            })}
          </p>
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              void c.replaceWith(candidate).then((done) => {
                setCandidate(null);
                if (done.ok) window.location.reload();
                else setStatus(done.error);
              });
            }}
          >
            {t('recovery.yes')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setCandidate(null);
            }}
          >
            {t('recovery.no')}
          </button>
        </div>
      ) : null}
      <p role="status">{status ? tm(status) : ''}</p>
    </main>
  );
}
