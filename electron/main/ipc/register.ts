import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Channel, Channels } from '../../../shared/contract/channels';
import { CHANNEL_ARGS } from '../../../shared/contract/schemas';
import { fail } from '../../../shared/result';
import { isAppUrl } from '../security';

/** Answers one channel's arguments. */
export type Handler<K extends Channel> = (
  event: IpcMainInvokeEvent,
  ...args: Channels[K]['args']
) => Promise<Channels[K]['result']>;

/** Decides whether a message comes from the app's own window. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/** True when the message comes from a frame of the app itself and from a window we trust. */
export function fromAppFrame(
  event: IpcMainInvokeEvent,
  trusted: (contentsId: number) => boolean,
): boolean {
  const url = event.senderFrame?.url ?? '';
  return isAppUrl(url) && trusted(event.sender.id);
}

/**
 * The only place that calls ipcMain. Every message is checked for its sender and parsed by its
 * channel's schema; a refused message gets a Result with a Dutch message key, never a throw.
 */
export function handle<K extends Channel>(
  channel: K,
  isTrusted: SenderCheck,
  handler: Handler<K>,
): void {
  // eslint-disable-next-line no-restricted-syntax -- this file is the one allowed place
  ipcMain.handle(channel, async (event, ...raw: unknown[]) => {
    if (!isTrusted(event)) return fail({ key: 'error.ipcSender' });
    const parsed = CHANNEL_ARGS[channel].safeParse(raw);
    if (!parsed.success) return fail({ key: 'error.ipcArgs' });
    return handler(event, ...(parsed.data as Channels[K]['args']));
  });
}
