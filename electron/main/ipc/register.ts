import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Channel, Channels } from '../../../shared/contract/channels';
import { CHANNEL_ARGS, CHANNEL_RESULTS } from '../../../shared/contract/schemas';
import { fail } from '../../../shared/result';
import { isAppUrl } from '../security';

/** Answers one channel's (already parsed) arguments. */
export type Handler<K extends Channel> = (
  event: IpcMainInvokeEvent,
  ...args: Channels[K]['args']
) => Promise<Channels[K]['result']>;

/** Decides whether a message comes from the app's own window. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/**
 * True when the message comes from a frame showing the app itself (app://koers/…) and from a
 * webContents we trust (the main window): Electron security checklist, "validate the sender of
 * all IPC messages".
 */
export function fromAppFrame(
  event: IpcMainInvokeEvent,
  trusted: (contentsId: number) => boolean,
): boolean {
  // senderFrame is null when the frame navigated away or was destroyed before we got here.
  const url = event.senderFrame?.url ?? '';
  return isAppUrl(url) && trusted(event.sender.id);
}

/**
 * The only place that calls ipcMain. Every message is checked for its sender and parsed by its
 * channel's schema, and every answer by the channel's result schema; a refused or failed
 * message gets a Result with a Dutch message key, never a throw (a thrown Error would reach the
 * page as an English string with main-process details).
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
    try {
      const answer = await handler(event, ...(parsed.data as Channels[K]['args']));
      return CHANNEL_RESULTS[channel].safeParse(answer).success
        ? answer
        : fail({ key: 'error.ipcFailed' });
    } catch {
      return fail({ key: 'error.ipcFailed' });
    }
  });
}
