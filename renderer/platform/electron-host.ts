import type { HostApi } from '../../shared/contract/host-api';

/**
 * The host when Koers runs in Electron: the bridge the preload exposed (window.koersHost). The
 * main process has already checked sender, arguments and answer of every call, so nothing is
 * added here; this module exists so that only renderer/platform/ knows which host runs.
 */
export function electronHost(bridge: HostApi): HostApi {
  return bridge;
}
