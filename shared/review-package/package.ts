/**
 * The review package as a file (issue 12): one programme file of kind `review` holding one
 * programme's rows (as a version or a scenario's base has them), its decisions and comments,
 * and a manifest with a checksum. The file is only a container for rows: reading it gives the
 * rows and the manifest, and `planReviewMerge` (merge.ts) merges those rows, whatever carried
 * them.
 */
import type { ProgrammeSnapshot } from '../domain/snapshot';
import type { Comment, Decision, Scenario } from '../domain/review';
import type { Version } from '../domain/versions';
import type { TableRows } from '../domain/tables';
import { rowsOfBundles } from '../domain/tables';
import {
  readProgrammeFile,
  writeProgrammeFile,
  type ProgrammeBundle,
} from '../file/programme-file';
import { versionSnapshot } from '../file/version-content';
import type { Message } from '../i18n/translate';
import { fail, ok, type Result } from '../result';
import { checksumContent, sha256 } from './checksum';
import { ReviewManifest } from './manifest';
import type { MergeBase } from './merge';

/** What a package is made from: the rows of its subject and who exports it when. */
export type ReviewPackageInput = {
  /** The programme's rows as the version (or the scenario's base) has them. */
  readonly rows: ProgrammeSnapshot;
  /** The programme as it is now: its adoption and closing go with the package. */
  readonly programmeNow: ProgrammeSnapshot['programme'];
  readonly subject: ReviewManifest['subject'];
  readonly baseVersionId: string | null;
  /** The versions the package carries: its base and the adopted one (added where absent). */
  readonly versions: readonly Version[];
  /** The scenario itself, for a scenario's package. */
  readonly scenario: Scenario | null;
  readonly decisions: readonly Decision[];
  readonly comments: readonly Comment[];
  readonly exportedBy: string;
  /** An ISO timestamp. */
  readonly exportedAt: string;
  readonly appVersion: string;
};

/** Writes a review package: the file's text, with the manifest's checksum over its content. */
export async function writeReviewPackage(input: ReviewPackageInput): Promise<string> {
  const { rows } = input;
  const programme = {
    ...rows.programme,
    adoption: input.programmeNow.adoption,
    closedOn: input.programmeNow.closedOn,
  };
  const programmeId = programme.id;
  const bundle: ProgrammeBundle = {
    organisation: rows.organisation,
    mjps: rows.mjps.filter((m) => m.id === programme.mjpId),
    themes: rows.themes.filter((t) => t.mjpId === programme.mjpId),
    domains: [...rows.domains],
    teams: [...rows.teams],
    programmes: [programme],
    activities: rows.activities.filter((a) => a.programmeId === programmeId),
    versions: input.versions.filter((v) => v.programmeId === programmeId),
    amendments: [],
    scenarios: input.scenario ? [input.scenario] : [],
    decisions: input.decisions.filter((d) => d.programmeId === programmeId),
    comments: input.comments.filter((c) => c.programmeId === programmeId),
    // A review is about the plan: realised hours stay in the draft.
    realisations: [],
  };
  // A plain JSON copy: what the checksum covers is exactly what the file holds.
  const organisations = JSON.parse(JSON.stringify([bundle])) as ProgrammeBundle[];
  const review = {
    programme: { id: programmeId, name: programme.name, year: programme.year },
    subject: input.subject,
    baseVersionId: input.baseVersionId,
    exportedBy: input.exportedBy,
    exportedAt: input.exportedAt,
  };
  const checksum = await sha256(checksumContent(organisations, review));
  return writeProgrammeFile(organisations, {
    kind: 'review',
    exportedAt: input.exportedAt,
    appVersion: input.appVersion,
    review: ReviewManifest.parse({ ...review, checksum }),
  });
}

/** A package read and checked: its manifest and its rows by table. */
export type ReviewPackage = {
  readonly fileName: string;
  readonly manifest: ReviewManifest;
  readonly rows: TableRows;
};

/**
 * Reads a review package: the programme file reader's checks, then that it is a package (kind
 * `review` with a manifest, one organisation holding the manifest's programme), then the
 * checksum. Every refusal is one Dutch message naming the file; nothing is thrown.
 */
export async function readReviewPackage(
  fileName: string,
  text: string,
): Promise<Result<ReviewPackage>> {
  const read = readProgrammeFile(fileName, text);
  if (!read.ok) return read;
  const raw = JSON.parse(text.startsWith('\ufeff') ? text.slice(1) : text) as {
    kind?: unknown;
    review?: unknown;
    organisations?: unknown;
  };
  const manifest = ReviewManifest.safeParse(raw.review);
  const [bundle] = read.value;
  if (raw.kind !== 'review' || !manifest.success || read.value.length !== 1 || !bundle)
    return fail({ key: 'reviewPackage.notPackage', params: { file: fileName } });
  if (!bundle.programmes.some((p) => p.id === manifest.data.programme.id))
    return fail({ key: 'reviewPackage.notPackage', params: { file: fileName } });
  const checksum = await sha256(
    checksumContent(raw.organisations, raw.review as Record<string, unknown>),
  );
  if (checksum !== manifest.data.checksum)
    return fail({ key: 'reviewPackage.changed', params: { file: fileName } });
  return ok({ fileName, manifest: manifest.data, rows: rowsOfBundles([bundle]) });
}

/**
 * Whether a package may be read here: it must be for the programme on screen, or for one the
 * database does not hold yet (then it is added: an empty database, a fresh profile). Answers the
 * Dutch refusal naming the package's programme and the open one.
 */
export function packageRefusal(
  pkg: ReviewPackage,
  current: TableRows,
  open: { readonly id: string; readonly name: string; readonly year: number } | null,
): Message | null {
  const target = pkg.manifest.programme;
  const held = current.programmes.some((p) => p.id === target.id);
  if (!held || open?.id === target.id) return null;
  return {
    key: 'reviewPackage.otherProgramme',
    params: {
      file: pkg.fileName,
      name: target.name,
      year: target.year,
      open: open ? open.name : '',
      openYear: open ? open.year : '',
    },
  };
}

/**
 * The base a package merges against: its base version's programme and activities, when the
 * database held that version before the package was read (null otherwise).
 */
export function mergeBaseOf(pkg: ReviewPackage, current: TableRows): MergeBase {
  const id = pkg.manifest.baseVersionId;
  const version = id === null ? undefined : current.versions.find((v) => v.id === id);
  if (!version) return null;
  const snapshot = versionSnapshot(version);
  if (!snapshot.ok) return null;
  return { programme: snapshot.value.programme, activities: snapshot.value.activities };
}
