import type { z } from 'zod';
import { Activity, Domain, Mjp, Organisation, Programme, Team, Theme } from './schemas';
import { Comment, Decision, Scenario } from './review';
import { Realisation } from './realisation';
import { Amendment, Version } from './versions';

/**
 * The one list of tables (STYLE.md, "one registry of tables"): the database schema's indexes,
 * the row schemas every read and write is parsed with, the bundle a programme file carries, the
 * seed, restore and the tests all read it, so a new table is one entry here (and, because
 * released database versions never change, one new migration that takes its indexes from here).
 */
export const TABLES = {
  organisations: {
    schema: Organisation,
    /** Dexie's index spec: the primary key first. */
    indexes: 'id',
    /** Where a bundle (one organisation in a programme file) holds the rows. */
    bundle: 'organisation',
    /** The bundle holds one row, not a list. */
    one: true,
  },
  mjps: { schema: Mjp, indexes: 'id, organisationId', bundle: 'mjps', one: false },
  themes: { schema: Theme, indexes: 'id, mjpId, parentId', bundle: 'themes', one: false },
  domains: { schema: Domain, indexes: 'id, organisationId', bundle: 'domains', one: false },
  teams: { schema: Team, indexes: 'id, organisationId', bundle: 'teams', one: false },
  programmes: {
    schema: Programme,
    indexes: 'id, organisationId, year',
    bundle: 'programmes',
    one: false,
  },
  activities: {
    schema: Activity,
    indexes: 'id, programmeId, domainId, primaryThemeId',
    bundle: 'activities',
    one: false,
  },
  /** Frozen copies of a programme; written once, never changed (the database refuses it). */
  versions: { schema: Version, indexes: 'id, programmeId', bundle: 'versions', one: false },
  /** Changes after adoption, each with its reason. */
  amendments: { schema: Amendment, indexes: 'id, programmeId', bundle: 'amendments', one: false },
  /** Named sets of changes against a base (issue 12); never copies of rows. */
  scenarios: { schema: Scenario, indexes: 'id, programmeId', bundle: 'scenarios', one: false },
  /** Directors' decisions per activity, a log with author and date. */
  decisions: {
    schema: Decision,
    indexes: 'id, programmeId, activityId',
    bundle: 'decisions',
    one: false,
  },
  /** Comments in an activity's thread. */
  comments: {
    schema: Comment,
    indexes: 'id, programmeId, activityId',
    bundle: 'comments',
    one: false,
  },
  /** Realised hours and costs per activity, team and month (issue 13), imported. */
  realisations: {
    schema: Realisation,
    indexes: 'id, programmeId, activityId',
    bundle: 'realisations',
    one: false,
  },
} as const;

/** The name of a data table. */
export type TableName = keyof typeof TABLES;

/** The row type of each table: rows are the domain entities themselves. */
export type Rows = { [T in TableName]: z.infer<(typeof TABLES)[T]['schema']> };

/** Every table, in the order a full copy (backup, seed, restore) writes them: owners first. */
export const TABLE_NAMES = Object.keys(TABLES) as readonly TableName[];

/** The schema every row of a table is parsed with on read and on write. */
export const rowSchema = <T extends TableName>(table: T): z.ZodType<Rows[T]> =>
  TABLES[table].schema as unknown as z.ZodType<Rows[T]>;

/** Every row of the database (or of a file), by table. */
export type TableRows = { readonly [T in TableName]: readonly Rows[T][] };

/** A bundle's rows, by table (a bundle keeps its one organisation as a row of its own). */
export type BundleLike = {
  readonly [T in TableName as (typeof TABLES)[T]['bundle']]: (typeof TABLES)[T]['one'] extends true
    ? Rows[T]
    : readonly Rows[T][];
};

/** The rows of one or more bundles, by table. */
export function rowsOfBundles(bundles: readonly BundleLike[]): TableRows {
  const out: Partial<Record<TableName, unknown[]>> = {};
  for (const table of TABLE_NAMES) {
    const { bundle, one } = TABLES[table];
    out[table] = bundles.flatMap((b) => {
      const held = (b as Record<string, unknown>)[bundle];
      return one ? [held] : held;
    });
  }
  return out as unknown as TableRows;
}
