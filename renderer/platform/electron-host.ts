import type { HostApi } from '../../shared/contract/host-api';

/** The host when Koers runs in Electron: the bridge the preload exposed. */
export function electronHost(bridge: HostApi): HostApi {
  return bridge;
}
