import type { Message } from './i18n/translate';

/** The answer of anything that can fail for a reason the user must read: never a thrown string. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: Message };

/** A success. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
/** A failure with a Dutch message key. */
export const fail = <T = never>(error: Message): Result<T> => ({ ok: false, error });
