import type { z } from 'zod';
import { isImpossibleDateIssue, storedDateProblem } from '../../../shared/format/dates';
import { placeOf, valueAt } from '../../../shared/file/programme-file';
import { translate, type Message } from '../../../shared/i18n/translate';

/**
 * A stored row that does not fit today's schema (an impossible date written by an older Koers,
 * a hand-edited database). Carries a Dutch message naming the place and the value, so the
 * recovery screen can say what is wrong instead of showing a zod dump.
 */
export class UnreadableRow extends Error {
  override readonly name = 'UnreadableRow';
  /** What to show the person. */
  readonly dutch: Message;

  /** Builds the message from the table, the row as stored and the first schema issue. */
  constructor(table: string, row: unknown, issue: z.core.$ZodIssue | undefined) {
    const path = [table, ...(issue?.path ?? [])];
    const raw = issue ? valueAt(row, issue.path) : row;
    const value =
      typeof raw === 'string' ? raw : ((JSON.stringify(raw) as string | undefined) ?? String(raw));
    const reason =
      issue && isImpossibleDateIssue(issue)
        ? storedDateProblem(value)
        : ({ key: 'error.unreadableValue' } as const);
    const dutch: Message = {
      key: 'error.unreadableRow',
      params: {
        place: placeOf(path),
        value: value.length > 80 ? `${value.slice(0, 80)}…` : value,
        reason: translate(reason.key, reason.params),
      },
    };
    super(translate(dutch.key, dutch.params));
    this.dutch = dutch;
  }
}

/** Parses one stored row with its schema; throws `UnreadableRow` (in Dutch) when it does not fit. */
export function parseStoredRow<T>(schema: z.ZodType<T>, table: string, row: unknown): T {
  const parsed = schema.safeParse(row);
  if (!parsed.success) throw new UnreadableRow(table, row, parsed.error.issues[0]);
  return parsed.data;
}
