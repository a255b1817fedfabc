import type { z } from 'zod';
import { rowSchema, TABLE_NAMES } from '../../../shared/domain/tables';
import type { Rows, TableName } from '../koers-db';

/** The schema that every row of a table is parsed with on read (from the table registry). */
export const ROW_SCHEMAS: { [T in TableName]: z.ZodType<Rows[T]> } = Object.fromEntries(
  TABLE_NAMES.map((t) => [t, rowSchema(t)]),
) as { [T in TableName]: z.ZodType<Rows[T]> };
