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
