import type { z } from 'zod';
import { isImpossibleDateIssue, storedDateProblem } from '../../../shared/format/dates';
import { quoted } from '../../../shared/format/nl';
import { placeOf, valueAt } from '../../../shared/file/programme-file';
import { parseStored } from '../../../shared/domain/text';
import { translate, type Message } from '../../../shared/i18n/translate';
import { nl, type MessageKey } from '../../../shared/i18n/messages.nl';

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
    // "programma „Werkprogramma 2026”, vastgesteld op": the row by its name, then the field.
    const rowLabel = Object.hasOwn(nl, `place.table.${table}`)
      ? translate(`place.table.${table}` as MessageKey)
      : table;
    const own = row !== null && typeof row === 'object' ? (row as Record<string, unknown>) : {};
    const named = [own['name'], own['title']].find((v) => typeof v === 'string');
    const where = `${rowLabel}${typeof named === 'string' ? ` ${quoted(named)}` : ''}`;
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
        place: issue?.path.length ? `${where}, ${placeOf(issue.path, row)}` : where,
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
  if (parsed.success) return parsed.data;
  try {
    // Text stored under an older, looser rule (a control character) is repaired on read.
    return parseStored(schema, row);
  } catch {
    throw new UnreadableRow(table, row, parsed.error.issues[0]);
  }
}
