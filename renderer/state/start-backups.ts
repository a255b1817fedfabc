import type { HostApi } from '../../shared/contract/host-api';
import type { KoersStore } from './store';

/**
 * What a start does with the backups where the host keeps them: a full backup when none was
 * made today, and then a notice when they are kept in the app's own data folder because
 * Documents could not be written (import and restore still work; the person should know where).
 */
export async function startBackups(host: HostApi, store: KoersStore, today: string): Promise<void> {
  if (!host.keepsBackups) return;
  const list = await host.listBackups();
  if (!list.ok) return;
  if (!list.value.backups.some((b) => b.createdAt.slice(0, 10) === today))
    await store.getState().backupNow('dagelijks');
  if (list.value.elsewhere) store.getState().showNotice({ key: 'data.backupsElsewhere' });
}
