import { Dexie, type Table } from 'dexie';
import type {
  Activity,
  Domain,
  Mjp,
  Organisation,
  Programme,
  Team,
  Theme,
} from '../../shared/domain/schemas';
import type { Comment, Decision, Scenario } from '../../shared/domain/review';
import type { Realisation } from '../../shared/domain/realisation';
import type { Amendment, Version } from '../../shared/domain/versions';
import type { Rows, TableName } from '../../shared/domain/tables';
import { v001Initial } from './migrations/v001-initial';
import { v002History } from './migrations/v002-history';
import { v003Versions } from './migrations/v003-versions';
import { v004Review } from './migrations/v004-review';
import type { StoredStep } from './repositories/history';

/** The database's name; one database holds every organisation and programme. */
export const DB_NAME = 'koers';

/** The schema versions in order; a test opens the database at any earlier one. */
export const MIGRATIONS = [v001Initial, v002History, v003Versions, v004Review] as const;

export { TABLE_NAMES, type Rows, type TableName } from '../../shared/domain/tables';

/** The Koers database (Dexie over IndexedDB). */
export class KoersDb extends Dexie {
  declare organisations: Table<Organisation, string>;
  declare mjps: Table<Mjp, string>;
  declare themes: Table<Theme, string>;
  declare domains: Table<Domain, string>;
  declare teams: Table<Team, string>;
  declare programmes: Table<Programme, string>;
  declare activities: Table<Activity, string>;
  declare versions: Table<Version, string>;
  declare amendments: Table<Amendment, string>;
  declare scenarios: Table<Scenario, string>;
  declare decisions: Table<Decision, string>;
  declare comments: Table<Comment, string>;
  declare realisations: Table<Realisation, string>;
  /** Undo steps of every window (not data: never in a backup or a programme file). */
  declare history: Table<StoredStep, number>;

  /** Opens the database at the newest schema, or at `upTo` versions for upgrade tests. */
  constructor(name: string = DB_NAME, upTo: number = MIGRATIONS.length) {
    super(name);
    for (const migrate of MIGRATIONS.slice(0, upTo)) migrate(this);
  }

  /** The Dexie table of a name, typed by its rows. */
  table_<T extends TableName>(name: T): Table<Rows[T], string> {
    return this.table(name);
  }
}
