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

/**
 * The Dutch message for a row the schema refuses (its first problem), in the same words the file
 * reader uses ("Deze waarde is langer dan 10.000 tekens."), so a form and an import say the same.
 */
export function refusalOf(error: z.ZodError): Message {
  const issue = error.issues[0];
  if (!issue) return { key: 'validation.invalid', params: { field: '' } };
  return describeFieldIssue(issue);
}
