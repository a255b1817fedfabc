import { formatNumber, parseDutchNumber } from '../../shared/format/nl';
import type { MessageKey } from '../../shared/i18n/messages.nl';
import { cents, hours, type Cents, type Hours } from '../../shared/domain/units';
import type { Parsed } from './fields';

/** What a number field accepts. */
export type NumberRule = {
  /** Largest value; beyond it the message says "onwaarschijnlijk groot" with this number. */
  readonly max: number;
  /** Smallest value (default 0: below it the message says a negative number cannot be). */
  readonly min?: number;
  /** The value of an empty box; without it an empty box is refused. */
  readonly whenEmpty?: number;
  readonly integer?: boolean;
  /** One message for anything out of range instead (e.g. "a percentage from 0 to 100"). */
  readonly rangeMessage?: MessageKey;
};

/**
 * Reads a number as a Dutch user types it (`1.250,5`, `12,5`, with or without `€` or `%`) under a
 * rule; every number field of Koers goes through here, so all refuse the same way in Dutch.
 */
export function parseNumber(text: string, rule: NumberRule): Parsed<number> {
  const stripped = text.replace(/[€%]/g, '').trim();
  if (stripped === '' && rule.whenEmpty !== undefined) return { ok: true, value: rule.whenEmpty };
  const n = parseDutchNumber(stripped);
  if (n === null || (rule.integer === true && !Number.isInteger(n)))
    return { ok: false, error: { key: 'validation.notANumber', params: { value: text.trim() } } };
  const min = rule.min ?? 0;
  const tooLarge = {
    key: 'validation.tooLarge' as const,
    params: { max: formatNumber(rule.max) },
  };
  if (n < min || n > rule.max) {
    if (rule.rangeMessage) return { ok: false, error: { key: rule.rangeMessage } };
    if (n < min && min === 0) return { ok: false, error: { key: 'validation.negative' } };
    return { ok: false, error: tooLarge };
  }
  // `-0` is zero: stored as -0 it would differ from the 0 a backup reads back (JSON has no -0).
  return { ok: true, value: n === 0 ? 0 : n };
}

/** Keeps a parsed value's failure, or maps its value. */
const map = <A, B>(r: Parsed<A>, f: (a: A) => B): Parsed<B> =>
  r.ok ? { ok: true, value: f(r.value) } : r;

/** Reads hours; empty means 0. Refuses text, negatives and absurd amounts. */
export function parseHours(text: string, max: number): Parsed<Hours> {
  return map(parseNumber(text, { max, whenEmpty: 0 }), hours);
}

/** Reads an amount of euros (`1.250,50`) into cents; empty means 0. */
export function parseEuros(text: string, maxEuros: number): Parsed<Cents> {
  return map(parseNumber(text, { max: maxEuros, whenEmpty: 0 }), (n) => cents(Math.round(n * 100)));
}

/** Reads a percentage 0–100 into a share 0–1; `whenEmpty` is the share of an empty box, if any. */
export function parseShare(text: string, whenEmpty?: number): Parsed<number> {
  return map(
    parseNumber(text, {
      max: 100,
      rangeMessage: 'validation.share',
      ...(whenEmpty === undefined ? {} : { whenEmpty }),
    }),
    (n) => n / 100,
  );
}

/** Reads a required line of text. */
export function parseRequired(text: string): Parsed<string> {
  const value = text.trim();
  return value === '' ? { ok: false, error: { key: 'validation.required' } } : { ok: true, value };
}
