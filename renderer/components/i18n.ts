import { translate, type Message, type MessageParams } from '../../shared/i18n/translate';
import type { MessageKey } from '../../shared/i18n/messages.nl';

/** Translates a key; one place to switch the catalogue when English follows. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(key, params);
}

/** Translates a message value (key and parameters). */
export function tm(message: Message): string {
  return translate(message.key, message.params);
}
