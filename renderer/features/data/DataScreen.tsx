import { useEffect, useState } from 'react';
import type { BackupInfo, BackupList } from '../../../shared/contract/channels';
import { formatDate, formatNumber, quoted } from '../../../shared/format/nl';
import { isoDate } from '../../../shared/domain/units';
import { t } from '../../components/i18n';
import { useCommands, useKoers } from '../../state/store';
import type { MessageKey } from '../../../shared/i18n/messages.nl';
import { ROW_TABLES } from '../../../shared/file/restore-plan';
import type { RestorePreview } from '../../state/slices/commands-slice';
import { ImportProgress } from './ImportProgress';
import { ReviewPackageCard } from '../review-package/ReviewPackageCard';
import { RealisationImport } from './RealisationImport';

/** What restoring would do, per kind, for the person to confirm (nothing is written before). */
function RestoreDialog({
  preview,
  onConfirm,
  onCancel,
}: {
  preview: RestorePreview;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const kinds = ROW_TABLES.filter((k) => {
    const c = preview.counts[k];
    return c.replaced + c.added + c.removed > 0;
  });
  return (
    <div className="confirm" role="alertdialog" aria-labelledby="restore-plan-title">
      <h3 id="restore-plan-title">{t('data.restorePlanTitle', { file: preview.name })}</h3>
      <p>{t('data.restorePlanText')}</p>
      {kinds.length === 0 ? (
        <p>{t('data.restorePlanSame')}</p>
      ) : (
        <table className="grid" aria-labelledby="restore-plan-title">
          <thead>
            <tr>
              <th scope="col">{t('data.kind')}</th>
              <th scope="col" className="num">
                {t('data.replaced')}
              </th>
              <th scope="col" className="num">
                {t('data.added')}
              </th>
              <th scope="col" className="num">
                {t('data.removed')}
              </th>
            </tr>
          </thead>
          <tbody>
            {kinds.map((k) => (
              <tr key={k}>
                <th scope="row">{t(`table.${k}`)}</th>
                <td className="num">{formatNumber(preview.counts[k].replaced)}</td>
                <td className="num">{formatNumber(preview.counts[k].added)}</td>
                <td className="num">{formatNumber(preview.counts[k].removed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="button-row">
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {t('data.restoreYes')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('data.restoreNo')}
        </button>
      </div>
    </div>
  );
}

/** A backup's time in Dutch words: `24 november 2026, 09:05`. */
function when(b: BackupInfo): string {
  const d = new Date(b.createdAt);
  if (Number.isNaN(d.getTime())) return b.name;
  // Parts of an ISO date and a clock time (zero-padded digits), not figures to read.
  // eslint-disable-next-line no-restricted-syntax
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${formatDate(isoDate(local))}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Import and export of the programme file, tables for Excel, and backups with restore. */
export function DataScreen() {
  const listBackups = useKoers((s) => s.listBackups);
  const keepsBackups = useKoers((s) => s.keepsBackups);
  const version = useKoers((s) => s.backupsVersion);
  const c = useCommands();
  const [list, setList] = useState<BackupList>({ backups: [], foreign: [], unreadable: [] });
  const backups = list.backups;
  const pendingImport = useKoers((s) => s.pendingImport);
  const [preview, setPreview] = useState<RestorePreview | null>(null);
  useEffect(() => {
    let live = true;
    void listBackups().then((r) => {
      if (live && r.ok) setList(r.value);
    });
    return () => {
      live = false;
    };
  }, [listBackups, version]);

  return (
    <section className="screen" aria-labelledby="data-title">
      <div className="screen__head">
        <h1 id="data-title">{t('data.title')}</h1>
      </div>
      <div className="cards">
        <section className="card" aria-labelledby="file-title">
          <h2 id="file-title">{t('data.file')}</h2>
          <p className="muted small">{t('data.fileHint')}</p>
          <p className="small">{t('data.importMerges')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void c.exportToFile()}
            >
              {t('data.export')}
            </button>
            <button type="button" className="button" onClick={() => void c.importFromFile()}>
              {t('data.import')}
            </button>
          </div>
          <ImportProgress />
          {pendingImport ? (
            <div className="confirm" role="alertdialog" aria-labelledby="other-org-title">
              <h3 id="other-org-title">{t('data.otherOrgTitle')}</h3>
              <p>
                {t('data.otherOrgText', {
                  file: pendingImport.fileName,
                  names: pendingImport.names.join(', '),
                })}
              </p>
              <div className="button-row">
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => void c.resolvePendingImport(true)}
                >
                  {t('data.otherOrgAdd')}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => void c.resolvePendingImport(false)}
                >
                  {t('data.otherOrgCancel')}
                </button>
              </div>
            </div>
          ) : null}
          <h2 id="tables-title">{t('data.tables')}</h2>
          <p className="muted small">{t('data.tablesHint')}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void c.exportTable('csv')}>
              {t('data.csv')}
            </button>
            <button type="button" className="button" onClick={() => void c.exportTable('xlsx')}>
              {t('data.xlsx')}
            </button>
          </div>
          <h2>{t('data.where')}</h2>
          <p className="small">{t('data.whereText')}</p>
        </section>

        <ReviewPackageCard />
        <RealisationImport />

        <section className="card" aria-labelledby="backups-title">
          <h2 id="backups-title">{t('data.backups')}</h2>
          <p className="muted small">
            {keepsBackups ? t('data.backupsHint') : t('data.backupsBrowser')}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void c.backupNow('handmatig')}
            >
              {t('data.backupNow')}
            </button>
            {keepsBackups ? (
              <button type="button" className="button" onClick={() => void c.revealBackups()}>
                {t('data.reveal')}
              </button>
            ) : null}
            <button
              type="button"
              className="button"
              onClick={() => void c.previewRestoreFile().then(setPreview)}
            >
              {t('data.restoreFromFile')}
            </button>
          </div>
          {preview ? (
            <RestoreDialog
              preview={preview}
              onConfirm={() => {
                setPreview(null);
                void c.restoreFromText(preview.name, preview.text);
              }}
              onCancel={() => {
                setPreview(null);
              }}
            />
          ) : null}
          {keepsBackups && list.elsewhere ? (
            <p className="small" role="note">
              {t('data.backupsElsewhere')}
            </p>
          ) : null}
          {keepsBackups && list.foreign.length > 0 ? (
            <p className="muted small" data-testid="backups-foreign">
              {t('data.foreign', { names: list.foreign.map((n) => quoted(n)).join(', ') })}
            </p>
          ) : null}
          {keepsBackups && list.unreadable.length > 0 ? (
            <p className="muted small" data-testid="backups-unreadable">
              {t('data.unreadable', { names: list.unreadable.map((n) => quoted(n)).join(', ') })}
            </p>
          ) : null}
          {keepsBackups ? (
            backups.length === 0 ? (
              <p className="muted">{t('data.none')}</p>
            ) : (
              <table className="grid backups" aria-labelledby="backups-title">
                <thead>
                  <tr>
                    <th scope="col">{t('data.when')}</th>
                    <th scope="col">{t('data.reason')}</th>
                    <th scope="col" className="num">
                      {t('data.size')}
                    </th>
                    <th scope="col">{t('data.contents')}</th>
                    <th scope="col">
                      <span className="sr-only">{t('data.restore')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {backups.map((b) => (
                    <tr key={b.name}>
                      <td>{when(b)}</td>
                      <td>{b.reason in REASONS ? t(REASONS[b.reason] as MessageKey) : b.reason}</td>
                      <td className="num">{formatNumber(Math.round(b.bytes / 1024))} kB</td>
                      <td>
                        {t('data.contentsValue', {
                          programmes: b.programmes,
                          activities: b.activities,
                        })}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={t('data.restoreLabel', { when: when(b) })}
                          onClick={() => void c.previewBackup(b.name).then(setPreview)}
                        >
                          {t('data.restore')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          ) : null}
        </section>
      </div>
    </section>
  );
}

/** The message key of each backup reason. */
const REASONS: Record<string, string> = {
  dagelijks: 'reason.dagelijks',
  'voor-import': 'reason.voor-import',
  'voor-herstel': 'reason.voor-herstel',
  'voor-upgrade': 'reason.voor-upgrade',
  handmatig: 'reason.handmatig',
};
