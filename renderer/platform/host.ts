import { HOST_GLOBAL, type HostApi } from '../../shared/contract/host-api';
import { electronHost } from './electron-host';
import { webHost } from './web-host';

/** What the page may ask of whatever runs it: the one contract of shared/contract/host-api.ts. */
export type Host = HostApi;

declare global {
  // Declaration merging with the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** The bridge the Electron preload exposes; absent in a browser. */
    readonly [HOST_GLOBAL]?: HostApi;
  }
}

/** The host the page runs in: Electron's bridge when the preload exposed one, else the browser. */
export function getHost(): Host {
  const bridge = window[HOST_GLOBAL];
  return bridge ? electronHost(bridge) : webHost;
}
