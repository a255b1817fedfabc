// The sandboxed preload: exposes the host contract and nothing else. No logic lives here.
import { contextBridge, ipcRenderer } from 'electron';
import {
  LANGUAGE_CHOSEN_EVENT,
  type BackupReason,
  type Channel,
  type Channels,
} from '../../shared/contract/channels';
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
  printReport: (suggestedName: string, programmeName: string) =>
    invoke('koers:report-pdf', { suggestedName, programmeName }),
  setLanguage: (language: 'nl' | 'en') => invoke('koers:language-set', { language }),
  onLanguageChosen: (listener: (language: 'nl' | 'en') => void) => {
    const relay = (_event: unknown, language: unknown) => {
      if (language === 'nl' || language === 'en') listener(language);
    };
    ipcRenderer.on(LANGUAGE_CHOSEN_EVENT, relay);
    return () => {
      ipcRenderer.removeListener(LANGUAGE_CHOSEN_EVENT, relay);
    };
  },
} satisfies HostApi;

contextBridge.exposeInMainWorld(HOST_GLOBAL, api);
