import { z } from 'zod';
import { Activity, Domain, Mjp, Organisation, Programme, Team, Theme } from '../domain/schemas';
import { text } from '../domain/text';
import { formatNumber } from '../format/nl';
import { translate, type Message } from '../i18n/translate';
import { fail, ok, type Result } from '../result';
import { describeIssue, describePlace } from '../validation/describe';
import { jsonErrorPlace } from '../validation/json-syntax';
import { migrateForward } from './migrations';

/** The format's name inside every file, so a stray JSON file is recognised as not ours. */
export const FORMAT = 'koers-programmabestand';

/** The format version this app writes; older versions migrate forward on import. */
export const CURRENT_FORMAT_VERSION = 2;

/** Largest file read (50 MB); larger files are refused before parsing. */
export const MAX_FILE_CHARS = 50 * 1024 * 1024;

/** Deepest nesting a genuine file has is about 8 levels; beyond this the file is refused. */
export const MAX_DEPTH = 32;

/** What a file holds: an organisation with its MJPs, themes, domains, teams, programmes, activities. */
export const ProgrammeBundle = z
  .object({
    organisation: Organisation.strict(),
    mjps: z.array(Mjp.strict()).max(100),
    themes: z.array(Theme.strict()).max(2000),
    domains: z.array(Domain.strict()).max(500),
    teams: z.array(Team.strict()).max(500),
    programmes: z.array(Programme).max(100),
    activities: z.array(Activity.strict()).max(20000),
  })
  .strict();
/** A bundle. */
export type ProgrammeBundle = z.infer<typeof ProgrammeBundle>;

/** The programme file (`.koers.json`): one versioned format for exchange, backup and review. */
export const ProgrammeFile = z
  .object({
    format: z.literal(FORMAT),
    formatVersion: z.literal(CURRENT_FORMAT_VERSION),
    kind: z.enum(['uitwisseling', 'back-up', 'review']),
    exportedAt: text(40),
    appVersion: text(40),
    data: ProgrammeBundle,
  })
  .strict();
/** A programme file. */
export type ProgrammeFile = z.infer<typeof ProgrammeFile>;

/** Writes a bundle as a programme file (pretty JSON, stable key order from the objects). */
export function writeProgrammeFile(
  data: ProgrammeBundle,
  meta: { kind: ProgrammeFile['kind']; exportedAt: string; appVersion: string },
): string {
  const file: ProgrammeFile = {
    format: FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    ...meta,
    data,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The Dutch place of a path in a parsed file (see `describePlace`). */
export function placeOf(path: readonly PropertyKey[], root: unknown = null): string {
  return describePlace(path, root);
}

/** Fails with one Dutch message naming the file and the place. */
const refuse = (file: string, key: Message['key'], params: Record<string, string | number> = {}) =>
  fail<ProgrammeBundle>({ key, params: { file, ...params } });

/**
 * Walks parsed JSON before the schema sees it: refuses deep nesting and dangerous keys. Text is
 * left to the schema, whose text fields refuse control characters (shared/domain/text.ts), so
 * the forms and the file reader apply one rule.
 */
function inspect(
  root: unknown,
  value: unknown,
  path: (string | number)[],
  depth: number,
): { key: Message['key']; place: string } | null {
  if (depth > MAX_DEPTH) return { key: 'import.tooDeep', place: placeOf(path, root) };
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = inspect(root, v, [...path, i], depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype')
        return { key: 'import.forbiddenKey', place: placeOf(path, root) };
      const found = inspect(
        root,
        (value as Record<string, unknown>)[key],
        [...path, key],
        depth + 1,
      );
      if (found) return found;
    }
  }
  return null;
}

/**
 * Reads a programme file: size, encoding, JSON syntax, nesting, text, dangerous keys, format and
 * version (older versions migrate forward; a newer one is refused naming both versions), the
 * schema of every row, unique ids, and references between rows. Every refusal is one Dutch
 * message that names the file and the place; nothing is thrown.
 */
export function readProgrammeFile(fileName: string, text: string): Result<ProgrammeBundle> {
  if (text.length > MAX_FILE_CHARS)
    return refuse(fileName, 'import.tooLarge', { max: MAX_FILE_CHARS / 1024 / 1024 });
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  if (body.includes('\u0000') || body.includes('\ufffd'))
    return refuse(fileName, 'import.encoding');
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    const place = jsonErrorPlace(body, error);
    return place
      ? refuse(fileName, 'import.notJson', { line: place.line, column: place.column })
      : refuse(fileName, 'import.notJsonNowhere');
  }
  const bad = inspect(raw, raw, [], 0);
  if (bad) return refuse(fileName, bad.key, { place: bad.place });
  if (
    raw === null ||
    typeof raw !== 'object' ||
    Array.isArray(raw) ||
    (raw as { format?: unknown }).format !== FORMAT
  )
    return refuse(fileName, 'import.notKoers');
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return refuse(fileName, 'import.noVersion');
  if (version > CURRENT_FORMAT_VERSION)
    return refuse(fileName, 'import.newer', { version, current: CURRENT_FORMAT_VERSION });
  const migrated = migrateForward(raw as Record<string, unknown>, version);
  const parsed = ProgrammeFile.safeParse(migrated, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const what = issue ? describeIssue(issue) : ({ key: 'what.invalid' } as const);
    return refuse(fileName, 'import.invalid', {
      place: placeOf(issue?.path ?? [], migrated),
      what: translate(what.key, what.params),
    });
  }
  return checkReferences(fileName, parsed.data.data, migrated);
}

/** Unique ids, and every reference pointing at a row of the same file. */
function checkReferences(
  fileName: string,
  d: ProgrammeBundle,
  root: unknown,
): Result<ProgrammeBundle> {
  const placeOf = (path: (string | number)[]) => describePlace(['data', ...path], root);
  const tables = {
    mjps: d.mjps,
    themes: d.themes,
    domains: d.domains,
    teams: d.teams,
    programmes: d.programmes,
    activities: d.activities,
  };
  for (const [table, rows] of Object.entries(tables)) {
    const seen = new Set<string>();
    for (const [i, row] of rows.entries()) {
      if (seen.has(row.id))
        return refuse(fileName, 'import.duplicateId', { place: placeOf([table, i]), id: row.id });
      seen.add(row.id);
    }
  }
  const ids = (rows: readonly { id: string }[]) => new Set(rows.map((r) => r.id));
  const mjps = ids(d.mjps);
  const themes = new Map(d.themes.map((t) => [t.id as string, t]));
  const domains = ids(d.domains);
  const teams = ids(d.teams);
  const programmes = new Map(d.programmes.map((p) => [p.id as string, p]));
  const unknown = (path: (string | number)[], id: string) =>
    refuse(fileName, 'import.unknownRef', { place: placeOf(path), id });
  for (const [i, t] of d.themes.entries()) {
    if (!mjps.has(t.mjpId)) return unknown(['themes', i, 'mjpId'], t.mjpId);
    if (t.parentId !== null && !themes.has(t.parentId))
      return unknown(['themes', i, 'parentId'], t.parentId);
  }
  for (const [i, p] of d.programmes.entries()) {
    if (!mjps.has(p.mjpId)) return unknown(['programmes', i, 'mjpId'], p.mjpId);
    for (const [j, tc] of p.capacity.teams.entries())
      if (!teams.has(tc.teamId))
        return unknown(['programmes', i, 'capacity', 'teams', j, 'teamId'], tc.teamId);
  }
  for (const [i, a] of d.activities.entries()) {
    const programme = programmes.get(a.programmeId);
    if (!programme) return unknown(['activities', i, 'programmeId'], a.programmeId);
    if (!domains.has(a.domainId)) return unknown(['activities', i, 'domainId'], a.domainId);
    const theme = themes.get(a.primaryThemeId);
    if (!theme) return unknown(['activities', i, 'primaryThemeId'], a.primaryThemeId);
    if (theme.mjpId !== programme.mjpId)
      return refuse(fileName, 'import.themeOtherMjp', {
        place: placeOf(['activities', i, 'primaryThemeId']),
      });
    for (const [j, al] of a.allocations.entries())
      if (!teams.has(al.teamId))
        return unknown(['activities', i, 'allocations', j, 'teamId'], al.teamId);
    const hours = a.allocations.reduce((s, x) => s + x.hours, 0);
    if (hours > 50_000)
      return refuse(fileName, 'import.absurdHours', {
        place: placeOf(['activities', i, 'allocations']),
        hours: formatNumber(hours),
      });
  }
  return ok(d);
}
