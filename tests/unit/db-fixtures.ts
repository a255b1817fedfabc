import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where the fixture database of each released schema version lives (STYLE.md, convention 5). */
export const FIXTURE_DIR = 'tests/fixtures/db';

/** The one command that writes a missing fixture; only the newest version can be written. */
export const FIXTURE_COMMAND = 'KOERS_WRITE_FIXTURES=1 npx vitest run renderer/db/migrations';

/** Rows by table name, as a fixture holds them. */
export type FixtureRows = Record<string, unknown[]>;

/** The fixture file of a schema version: `tests/fixtures/db/v001.json`. */
export const fixturePath = (version: number, dir: string = FIXTURE_DIR): string =>
  join(dir, `v${String(version).padStart(3, '0')}.json`);

/**
 * Reads the fixture of a schema version. A missing fixture is an error naming the command that
 * writes it: a test that silently wrote its own fixture would never exercise a real upgrade.
 * With `write` (KOERS_WRITE_FIXTURES=1) the fixture of the newest version is written from
 * `create` (today's code is that version); an older one can only come back from git history.
 */
export async function readFixture(
  version: number,
  options: {
    readonly newest: number;
    readonly write: boolean;
    readonly create: () => Promise<FixtureRows>;
    readonly dir?: string;
  },
): Promise<FixtureRows> {
  const path = fixturePath(version, options.dir);
  if (!existsSync(path)) {
    if (!options.write || version !== options.newest)
      throw new Error(
        version === options.newest
          ? `${path} is missing: schema version ${version} has no fixture database. Write it with \`${FIXTURE_COMMAND}\` and commit it.`
          : `${path} is missing: schema version ${version} is released and its fixture must come back from git history (git log -- ${path}); \`${FIXTURE_COMMAND}\` writes only the newest version's (${options.newest}).`,
      );
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(await options.create(), null, 1)}\n`);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as FixtureRows;
}

/** Whether this run may write the newest version's missing fixture. */
export const writeFixtures = (): boolean => process.env['KOERS_WRITE_FIXTURES'] === '1';
