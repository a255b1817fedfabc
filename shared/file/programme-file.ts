import { z } from 'zod';
import { Activity, Domain, Mjp, Organisation, Programme, Team, Theme } from '../domain/schemas';
import { text } from '../domain/text';
import { Comment, Decision, Scenario } from '../domain/review';
import { Realisation } from '../domain/realisation';
import { Amendment, Version } from '../domain/versions';
import { translate, type Message } from '../i18n/translate';
import { isImpossibleDateIssue, storedDateProblem } from '../format/dates';
import { fail, ok, type Result } from '../result';
import { describeIssue, describePlace } from '../validation/describe';
import { jsonErrorPlace } from '../validation/json-syntax';
import { migrateForward } from './migrations';
import { danglingReferences, type Reference } from '../domain/references';
import { ReviewManifest } from '../review-package/manifest';

/** The format's name inside every file, so a stray JSON file is recognised as not ours. */
export const FORMAT = 'koers-programmabestand';

/** The format version this app writes; older versions migrate forward on import. */
export const CURRENT_FORMAT_VERSION = 6;

/** Largest file read (50 MB); larger files are refused before parsing. */
export const MAX_FILE_CHARS = 50 * 1024 * 1024;

/** Deepest nesting a genuine file has is about 8 levels; beyond this the file is refused. */
export const MAX_DEPTH = 32;

/** Most activities one organisation in a file may hold. */
export const MAX_ACTIVITIES = 20000;

/** Most realisation rows one organisation in a file may hold (activity × team × month). */
export const MAX_REALISATIONS = 500000;

/** One organisation with its MJPs, themes, domains, teams, programmes and activities. */
export const ProgrammeBundle = z
  .object({
    organisation: Organisation.strict(),
    mjps: z.array(Mjp.strict()).max(100),
    themes: z.array(Theme.strict()).max(2000),
    domains: z.array(Domain.strict()).max(500),
    teams: z.array(Team.strict()).max(500),
    // Strict: a programme field Koers does not know (a realisation field of a newer or other
    // writer) is refused with its place; before issue 13 it was silently dropped.
    programmes: z.array(Programme.strict()).max(100),
    activities: z.array(Activity.strict()).max(MAX_ACTIVITIES),
    versions: z.array(Version.strict()).max(2000),
    amendments: z.array(Amendment.strict()).max(100000),
    scenarios: z.array(Scenario.strict()).max(1000),
    decisions: z.array(Decision.strict()).max(100000),
    comments: z.array(Comment.strict()).max(100000),
    realisations: z.array(Realisation.strict()).max(MAX_REALISATIONS),
  })
  .strict();
/** A bundle. */
export type ProgrammeBundle = z.infer<typeof ProgrammeBundle>;

/** Most organisations one file may hold. */
export const MAX_ORGANISATIONS = 50;

/**
 * The programme file (`.koers.json`): one versioned format for exchange, backup and review.
 * Since version 3 it holds one or more organisations: an exchange file the one being worked on,
 * a backup every organisation in the database.
 */
export const ProgrammeFile = z
  .object({
    format: z.literal(FORMAT),
    formatVersion: z.literal(CURRENT_FORMAT_VERSION),
    kind: z.enum(['uitwisseling', 'back-up', 'review']),
    exportedAt: text(40),
    appVersion: text(40),
    organisations: z.array(ProgrammeBundle).min(1).max(MAX_ORGANISATIONS),
    /** A review package's manifest (kind `review`, issue 12; shared/review-package/). */
    review: ReviewManifest.optional(),
  })
  .strict();
/** A programme file. */
export type ProgrammeFile = z.infer<typeof ProgrammeFile>;

/** Writes organisations as a programme file (pretty JSON, stable key order from the objects). */
export function writeProgrammeFile(
  organisations: readonly ProgrammeBundle[],
  meta: {
    kind: ProgrammeFile['kind'];
    exportedAt: string;
    appVersion: string;
    review?: ReviewManifest;
  },
): string {
  const file: ProgrammeFile = {
    format: FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    ...meta,
    organisations: [...organisations],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The Dutch place of a path in a parsed file (see `describePlace`). */
export function placeOf(path: readonly PropertyKey[], root: unknown = null): string {
  return describePlace(path, root);
}

/** The value at a path inside parsed JSON (undefined when the path leads nowhere). */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = root;
  for (const part of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[part];
  }
  return at;
}

/** Fails with one Dutch message naming the file and the place. */
const refuse = (file: string, key: Message['key'], params: Record<string, string | number> = {}) =>
  fail<readonly ProgrammeBundle[]>({ key, params: { file, ...params } });

/** A place inside a file; a file of one organisation names it without `organisaties[1]`. */
function placeInFile(path: readonly PropertyKey[], single: boolean, root: unknown): string {
  if (single && path[0] === 'organisations' && path[1] === 0)
    return describePlace(path.slice(2), valueAt(root, ['organisations', 0]));
  return describePlace(path, root);
}

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
export function readProgrammeFile(
  fileName: string,
  text: string,
): Result<readonly ProgrammeBundle[]> {
  const steps = readSteps(fileName, text);
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}

/** How far reading a file has come: activities checked of all (issue 11's import progress). */
export type ReadProgress = { readonly done: number; readonly total: number };

/** Activities checked per step of `readProgrammeFileInSteps` (a few tens of ms each). */
const ACTIVITY_CHUNK = 2000;

/**
 * `readProgrammeFile` in steps: `pause` is awaited between them (JSON.parse is one; each
 * ${ACTIVITY_CHUNK} activities checked is one), so a page can paint its progress and no step
 * holds the main thread long. Same answers, same messages.
 */
export async function readProgrammeFileInSteps(
  fileName: string,
  text: string,
  pause: (progress: ReadProgress) => Promise<void>,
): Promise<Result<readonly ProgrammeBundle[]>> {
  const steps = readSteps(fileName, text);
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
    await pause(next.value);
  }
}

/** The file reader as a generator: yields its progress between steps, returns the answer. */
function* readSteps(
  fileName: string,
  text: string,
): Generator<ReadProgress, Result<readonly ProgrammeBundle[]>> {
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
  const orgs = (migrated as { organisations?: unknown }).organisations;
  const single = Array.isArray(orgs) && orgs.length === 1;
  const invalid = (issue: z.core.$ZodIssue | undefined) => {
    if (issue && isImpossibleDateIssue(issue)) {
      const value = String(valueAt(migrated, issue.path));
      return refuse(fileName, 'import.impossibleDate', {
        place: placeInFile(issue.path, single, migrated),
        value,
        reason: translate(storedDateProblem(value).key, storedDateProblem(value).params),
      });
    }
    const what = issue ? describeIssue(issue) : ({ key: 'what.invalid' } as const);
    return refuse(fileName, 'import.invalid', {
      place: placeInFile(issue?.path ?? [], single, migrated),
      what: translate(what.key, what.params),
    });
  };
  // The activities (nearly all of a large file) are checked in steps, after the rest of the
  // file (a file with several problems may name another one first than one check would).
  const lists = activityLists(migrated);
  const total = lists.reduce((n, l) => n + l.length, 0);
  yield { done: 0, total };
  const rest = lists.length > 0 ? withoutActivities(migrated) : migrated;
  const parsed = ProgrammeFile.safeParse(rest, { reportInput: true });
  if (!parsed.success) return invalid(parsed.error.issues[0]);
  const organisations = [...parsed.data.organisations];
  let done = 0;
  for (const [k, list] of lists.entries()) {
    const bundle = organisations[k];
    if (!bundle) continue;
    const checked: Activity[] = [];
    for (let from = 0; from < list.length; from += ACTIVITY_CHUNK) {
      const part = ACTIVITY_LIST.safeParse(list.slice(from, from + ACTIVITY_CHUNK), {
        reportInput: true,
      });
      if (!part.success) {
        const issue = part.error.issues[0];
        const [i, ...inner] = issue?.path ?? [];
        return invalid(
          issue && {
            ...issue,
            path: ['organisations', k, 'activities', from + Number(i), ...inner],
          },
        );
      }
      checked.push(...part.data);
      done += part.data.length;
      if (done < total) yield { done, total };
    }
    organisations[k] = { ...bundle, activities: checked };
  }
  yield { done: total, total };
  return checkReferences(fileName, organisations, migrated);
}

/** One file's activity rows (checked in steps). */
const ACTIVITY_LIST = z.array(Activity.strict());

/**
 * Each organisation's activities when they are lists no longer than a bundle allows (else the
 * whole-file check names the problem: the activities stay in it). Empty when the file has none.
 */
function activityLists(file: unknown): unknown[][] {
  const orgs = (file as { organisations?: unknown }).organisations;
  if (!Array.isArray(orgs) || orgs.length > MAX_ORGANISATIONS) return [];
  const lists = orgs.map((o: unknown) =>
    o !== null && typeof o === 'object' ? (o as { activities?: unknown }).activities : undefined,
  );
  return lists.every((l): l is unknown[] => Array.isArray(l) && l.length <= MAX_ACTIVITIES)
    ? lists
    : [];
}

/** The file with every organisation's activities left out (checked apart, in steps). */
function withoutActivities(file: unknown): unknown {
  const f = file as { organisations: Record<string, unknown>[] };
  return { ...f, organisations: f.organisations.map((o) => ({ ...o, activities: [] })) };
}

/** Unique ids (across the whole file: the database keys rows by id), and every reference. */
function checkReferences(
  fileName: string,
  organisations: readonly ProgrammeBundle[],
  root: unknown,
): Result<readonly ProgrammeBundle[]> {
  const single = organisations.length === 1;
  const place = (path: readonly PropertyKey[]) => placeInFile(path, single, root);
  const seen = new Map<string, Set<string>>();
  for (const [k, d] of organisations.entries()) {
    const tables = {
      organisation: [d.organisation],
      mjps: d.mjps,
      themes: d.themes,
      domains: d.domains,
      teams: d.teams,
      programmes: d.programmes,
      activities: d.activities,
      versions: d.versions,
      amendments: d.amendments,
      scenarios: d.scenarios,
      decisions: d.decisions,
      comments: d.comments,
      realisations: d.realisations,
    };
    for (const [table, rows] of Object.entries(tables)) {
      const ids = seen.get(table) ?? new Set<string>();
      seen.set(table, ids);
      for (const [i, row] of rows.entries()) {
        if (ids.has(row.id))
          return refuse(fileName, 'import.duplicateId', {
            place: place(
              table === 'organisation' ? ['organisations', k] : ['organisations', k, table, i],
            ),
            id: row.id,
          });
        ids.add(row.id);
      }
    }
  }
  for (const [k, d] of organisations.entries()) {
    const dangling: Reference | undefined = danglingReferences(d)[0];
    if (dangling)
      return refuse(fileName, 'import.unknownRef', {
        place: place(['organisations', k, ...dangling.path]),
        id: dangling.id,
      });
    const programmes = new Map(d.programmes.map((p) => [p.id as string, p]));
    const themes = new Map(d.themes.map((t) => [t.id as string, t]));
    for (const [i, a] of d.activities.entries()) {
      const programme = programmes.get(a.programmeId);
      const theme = themes.get(a.primaryThemeId);
      if (programme && theme && theme.mjpId !== programme.mjpId)
        return refuse(fileName, 'import.themeOtherMjp', {
          place: place(['organisations', k, 'activities', i, 'primaryThemeId']),
        });
      const hours = a.allocations.reduce((s, x) => s + x.hours, 0);
      if (hours > 50_000)
        return refuse(fileName, 'import.absurdHours', {
          place: place(['organisations', k, 'activities', i, 'allocations']),
          hours,
        });
    }
  }
  return ok(organisations);
}
