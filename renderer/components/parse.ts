import { parseDutchNumber } from '../../shared/format/nl';
import { cents, hours, type Cents, type Hours } from '../../shared/domain/units';
import type { Parsed } from './fields';

/** Reads hours as typed in Dutch; empty means 0. Refuses text, negatives and absurd amounts. */
export function parseHours(text: string, max: number): Parsed<Hours> {
  if (text.trim() === '') return { ok: true, value: hours(0) };
  const n = parseDutchNumber(text);
  if (n === null)
    return { ok: false, error: { key: 'validation.notANumber', params: { value: text.trim() } } };
  if (n < 0) return { ok: false, error: { key: 'validation.negative' } };
  if (n > max)
    return {
      ok: false,
      error: { key: 'validation.tooLarge', params: { max: max.toLocaleString('nl-NL') } },
    };
  return { ok: true, value: hours(n) };
}

/** Reads an amount of euros as typed in Dutch (`1.250,50`) into cents; empty means 0. */
export function parseEuros(text: string, maxEuros: number): Parsed<Cents> {
  const stripped = text.replace('€', '').trim();
  if (stripped === '') return { ok: true, value: cents(0) };
  const n = parseDutchNumber(stripped);
  if (n === null)
    return { ok: false, error: { key: 'validation.notANumber', params: { value: text.trim() } } };
  if (n < 0) return { ok: false, error: { key: 'validation.negative' } };
  if (n > maxEuros)
    return {
      ok: false,
      error: { key: 'validation.tooLarge', params: { max: maxEuros.toLocaleString('nl-NL') } },
    };
  return { ok: true, value: cents(Math.round(n * 100)) };
}

/** Reads a required line of text. */
export function parseRequired(text: string): Parsed<string> {
  const value = text.trim();
  return value === '' ? { ok: false, error: { key: 'validation.required' } } : { ok: true, value };
}
