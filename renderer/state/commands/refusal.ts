import type { z } from 'zod';
import type { Message } from '../../../shared/i18n/translate';
import { describeFieldIssue } from '../../../shared/validation/describe';

/** A command refused by the rules: nothing is written, and the message says why in Dutch. */
export class Refusal extends Error {
  override readonly name = 'Refusal';
  constructor(readonly why: Message) {
    super(why.key);
  }
}

/** The Dutch message for a row the schema refuses (its first problem). */
export function refusalOf(error: z.ZodError): Message {
  const issue = error.issues[0];
  if (!issue) return { key: 'validation.invalid', params: { field: '' } };
  return describeFieldIssue(issue);
}
