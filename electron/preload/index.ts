// The sandboxed preload: exposes the host contract and nothing else. No logic lives here.
import { contextBridge, ipcRenderer } from 'electron';
import type { BackupReason, Channel, Channels } from '../../shared/contract/channels';
import type { SaveFormat } from '../../shared/contract/file-name';
import { HOST_GLOBAL, type HostApi } from '../../shared/contract/host-api';

const invoke = <K extends Channel>(channel: K, ...args: Channels[K]['args']) =>
  ipcRenderer.invoke(channel, ...args) as Promise<Channels[K]['result']>;

const api = {
  appVersion: () => invoke('koers:app-version').then((r) => (r.ok ? r.value : '')),
  openProgrammeFile: () => invoke('koers:file-open'),
  saveFile: (suggestedName: string, content: string | Uint8Array, format: SaveFormat) =>
    invoke('koers:file-save', { suggestedName, content, format }),
  keepsBackups: true,
  writeBackup: (reason: BackupReason, text: string) =>
    invoke('koers:backup-write', { reason, text }),
  listBackups: () => invoke('koers:backup-list'),
  readBackup: (name: string) => invoke('koers:backup-read', { name }),
  revealBackups: () => invoke('koers:backup-reveal'),
} satisfies HostApi;

contextBridge.exposeInMainWorld(HOST_GLOBAL, api);
