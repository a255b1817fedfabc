// The sandboxed preload: exposes the host contract and nothing else. No logic lives here.
import { contextBridge, ipcRenderer } from 'electron';
import type { Channel, Channels } from '../../shared/contract/channels';
import { HOST_GLOBAL, type HostApi } from '../../shared/contract/host-api';

const invoke = <K extends Channel>(channel: K, ...args: Channels[K]['args']) =>
  ipcRenderer.invoke(channel, ...args) as Promise<Channels[K]['result']>;

const api = {
  appVersion: () => invoke('koers:app-version').then((r) => (r.ok ? r.value : '')),
  openProgrammeFile: () => invoke('koers:file-open'),
  saveProgrammeFile: (suggestedName: string, text: string) =>
    invoke('koers:file-save', { suggestedName, text }),
} satisfies HostApi;

contextBridge.exposeInMainWorld(HOST_GLOBAL, api);
