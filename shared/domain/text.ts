import { z } from 'zod';

/**
 * The one rule for characters in stored text, shared by the forms, the database and the file
 * reader: what a form accepts is exactly what a later backup can be read back with.
 * Control characters (C0 and DEL, as the file reader has always refused) and U+FFFD (the trace of a wrong text encoding) never
 * belong in text. A tab is allowed everywhere (people paste it from spreadsheets and older
 * backups hold it); line breaks only in multi-line text such as descriptions.
 */

/** The tag a refused character carries in its zod issue (`issue.params.koers`). */
export const TEXT_ISSUE = {
  /** A control character other than tab and line breaks. */
  controlChars: 'controlChars',
  /** A line break in a one-line field. */
  lineBreak: 'lineBreak',
  /** U+FFFD REPLACEMENT CHARACTER. */
  replacementChar: 'replacementChar',
} as const;
/** The kind of character refusal. */
export type TextIssue = (typeof TEXT_ISSUE)[keyof typeof TEXT_ISSUE];

// Control characters are exactly what these find.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** What is wrong with the characters of a text, or null when they are all allowed. */
export function textIssue(value: string, multiline: boolean): TextIssue | null {
  if (CONTROL.test(value)) return TEXT_ISSUE.controlChars;
  if (value.includes('\ufffd')) return TEXT_ISSUE.replacementChar;
  if (!multiline && LINE_BREAK.test(value)) return TEXT_ISSUE.lineBreak;
  return null;
}

/** Adds the character rule to a string schema, as one custom issue tagged with its kind. */
function withCharacters(schema: z.ZodString, multiline: boolean): z.ZodString {
  return schema.check((ctx) => {
    const found = textIssue(ctx.value, multiline);
    if (found)
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        params: { koers: found },
        message: found,
      });
  });
}

/** Options of a text field: trimmed of surrounding spaces before checks, at least `min` long. */
export type TextOptions = { readonly trim?: boolean; readonly min?: number };

/** Builds the string schema: trim (if asked), then lengths, then characters. */
function build(max: number, options: TextOptions, multiline: boolean): z.ZodString {
  let schema = z.string();
  if (options.trim === true) schema = schema.trim();
  if (options.min !== undefined) schema = schema.min(options.min);
  return withCharacters(schema.max(max), multiline);
}

/** One line of text (a name, a title, a source): at most `max` characters, no control characters. */
export function text(max: number, options: TextOptions = {}): z.ZodString {
  return build(max, options, false);
}

/** Text that may hold line breaks (a description): at most `max` characters, no control characters. */
export function multilineText(max: number, options: TextOptions = {}): z.ZodString {
  return build(max, options, true);
}

/** A required name: trimmed, not empty, at most `max` characters on one line. */
export function name(max: number): z.ZodString {
  return text(max, { trim: true, min: 1 });
}

/** A text with the characters of one kind of refusal taken out (control characters become spaces). */
function repaired(value: string, kind: TextIssue): string {
  if (kind === TEXT_ISSUE.replacementChar) return value.replace(/\ufffd/g, '');
  if (kind === TEXT_ISSUE.lineBreak) return value.replace(/\r\n|[\n\r\u2028\u2029]/g, ' ');
  return value.replace(new RegExp(CONTROL.source, 'g'), ' ');
}

/** A deep copy of plain data (rows are plain objects, arrays and primitives). */
function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)]));
  return value;
}

/** The kind of character refusal an issue carries, or null for any other issue. */
function textIssueOf(issue: z.core.$ZodIssue): TextIssue | null {
  if (issue.code !== 'custom') return null;
  const kind: unknown = (issue.params as { koers?: unknown } | undefined)?.koers;
  return Object.values(TEXT_ISSUE).find((k) => k === kind) ?? null;
}

/**
 * Parses a row stored before the text rule existed: text the forms used to accept (a vertical
 * tab, U+FFFD) is repaired so the database stays readable and its next backup can be read back;
 * anything else that fails is thrown as before.
 */
export function parseStored<T>(schema: z.ZodType<T>, row: unknown): T {
  let current = row;
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const parsed = schema.safeParse(current);
    if (parsed.success) return parsed.data;
    const kinds = parsed.error.issues.map(textIssueOf);
    if (kinds.some((k) => k === null)) break;
    current = clone(current);
    for (const [n, issue] of parsed.error.issues.entries()) {
      const key = issue.path.at(-1);
      const parent = issue.path
        .slice(0, -1)
        .reduce<unknown>(
          (o, k) =>
            o !== null && typeof o === 'object'
              ? (o as Record<PropertyKey, unknown>)[k]
              : undefined,
          current,
        );
      if (parent === null || typeof parent !== 'object' || key === undefined) break;
      const value = (parent as Record<PropertyKey, unknown>)[key];
      const kind = kinds[n];
      if (typeof value === 'string' && kind)
        (parent as Record<PropertyKey, unknown>)[key] = repaired(value, kind);
    }
  }
  return schema.parse(row);
}
