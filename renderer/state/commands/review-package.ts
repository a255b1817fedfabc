/**
 * Area `review`: review packages (issue 12). A version or a scenario goes out as one file with
 * the programme's decisions and comments; a package read back merges by id per field in one
 * undoable step (shared/review-package/: the merge works on rows, the file only carries them).
 */
import { safeFileName } from '../../../shared/contract/file-name';
import type { TableRows } from '../../../shared/domain/tables';
import type { ProgrammeSnapshot } from '../../../shared/domain/snapshot';
import type { Version } from '../../../shared/domain/versions';
import { versionSnapshot } from '../../../shared/file/version-content';
import { formatNumber } from '../../../shared/format/nl';
import { translate, type Message } from '../../../shared/i18n/translate';
import type { ReviewManifest } from '../../../shared/review-package/manifest';
import {
  planReviewMerge,
  type MergeChoices,
  type MergePlan,
} from '../../../shared/review-package/merge';
import {
  mergeBaseOf,
  packageRefusal,
  readReviewPackage,
  writeReviewPackage,
  type ReviewPackage,
} from '../../../shared/review-package/package';
import { readTableRows } from '../../db/repositories/bundle';
import { readRememberedPackage, rememberPackage } from '../../platform/review-package-memory';
import type { CommandContext, CommandMap } from './context';

/** A package read and checked, with what reading it would do, for the person to confirm. */
export type ReviewPreview = {
  readonly pkg: ReviewPackage;
  readonly plan: MergePlan;
  /** The database does not hold the package's programme yet: it is added. */
  readonly newProgramme: boolean;
};

/** The Dutch phrase of what a package brings: "2 besluiten, 1 opmerking, 0 conflicten". */
export function bringsPhrase(plan: MergePlan): string {
  return translate('review.brings', {
    decisions: formatNumber(plan.counts.decisions),
    comments: formatNumber(plan.counts.comments),
    conflicts: formatNumber(plan.counts.conflicts),
  });
}

/** Says the host's answer to a save: the file written, or why not. */
function saidSaved(
  c: CommandContext,
  saved: Awaited<ReturnType<CommandContext['deps']['host']['saveFile']>>,
): boolean {
  if (!saved.ok) c.get().showNotice(saved.error, 'error');
  else if (saved.value)
    c.get().showNotice({ key: 'data.saved', params: { file: saved.value.name } });
  return saved.ok;
}

/** A snapshot of a programme as stored in the rows (the programme now), or null. */
function programmeNowOf(rows: TableRows, programmeId: string): ProgrammeSnapshot | null {
  const programme = rows.programmes.find((p) => p.id === programmeId);
  const organisation = rows.organisations.find((o) => o.id === programme?.organisationId);
  if (!programme || !organisation) return null;
  return {
    organisation,
    programme,
    programmes: rows.programmes.filter((p) => p.organisationId === organisation.id),
    mjps: rows.mjps.filter((m) => m.organisationId === organisation.id),
    themes: rows.themes.filter((t) => t.mjpId === programme.mjpId),
    domains: rows.domains.filter((d) => d.organisationId === organisation.id),
    teams: rows.teams.filter((t) => t.organisationId === organisation.id),
    activities: rows.activities.filter((a) => a.programmeId === programme.id),
    mjpActivities: [],
  };
}

/** Writes the package of one subject and lets the person save it. */
async function exportPackage(
  c: CommandContext,
  rows: TableRows,
  input: {
    readonly programmeId: string;
    readonly source: ProgrammeSnapshot;
    readonly subject: ReviewManifest['subject'];
    readonly base: Version | null;
  },
): Promise<boolean> {
  const now = programmeNowOf(rows, input.programmeId);
  if (!now) {
    c.get().showNotice({ key: 'reviewPackage.noSubject' }, 'error');
    return false;
  }
  const adoptedId = now.programme.adoption?.versionId ?? null;
  const { subject } = input;
  const versions = rows.versions.filter((v) => v.id === input.base?.id || v.id === adoptedId);
  const text = await writeReviewPackage({
    rows: input.source,
    programmeNow: now.programme,
    subject,
    baseVersionId: input.base?.id ?? null,
    versions,
    scenario:
      subject.kind === 'scenario'
        ? (rows.scenarios.find((s) => s.id === subject.scenarioId) ?? null)
        : null,
    decisions: rows.decisions.filter((d) => d.programmeId === input.programmeId),
    comments: rows.comments.filter((x) => x.programmeId === input.programmeId),
    exportedBy: c.deps.author(),
    exportedAt: new Date(c.deps.now()).toISOString(),
    appVersion: c.get().appVersion,
  });
  const name = safeFileName(`Reviewpakket ${now.programme.name} - ${subject.name}`, 'koers');
  return saidSaved(c, await c.deps.host.saveFile(name, text, 'koers'));
}

/** Exports a stored version as a review package (its rows as the version holds them). */
async function exportVersion(c: CommandContext, versionId: string): Promise<boolean> {
  const rows = await readTableRows(c.deps.db);
  const version = rows.versions.find((v) => v.id === versionId);
  const source = version ? versionSnapshot(version) : null;
  if (!version || !source?.ok) {
    c.get().showNotice(
      source?.ok === false ? source.error : { key: 'reviewPackage.noSubject' },
      'error',
    );
    return false;
  }
  return exportPackage(c, rows, {
    programmeId: version.programmeId,
    source: source.value,
    subject: { kind: 'version', versionId: version.id, name: version.name },
    base: version,
  });
}

/**
 * Exports a scenario as a review package: its base's rows (the programme as stored, the adopted
 * version or a version) and the scenario row with its changes, so the receiver sees the
 * scenario as it is made here (a scenario is its base and its changes, never a copy).
 */
async function exportScenario(c: CommandContext, scenarioId: string): Promise<boolean> {
  const rows = await readTableRows(c.deps.db);
  const scenario = rows.scenarios.find((s) => s.id === scenarioId);
  const programme = rows.programmes.find((p) => p.id === scenario?.programmeId);
  if (!scenario || !programme) {
    c.get().showNotice({ key: 'reviewPackage.noSubject' }, 'error');
    return false;
  }
  const baseId =
    scenario.base.kind === 'version'
      ? scenario.base.versionId
      : scenario.base.kind === 'adopted'
        ? (programme.adoption?.versionId ?? null)
        : null;
  const base = baseId === null ? null : (rows.versions.find((v) => v.id === baseId) ?? null);
  const fromVersion = base ? versionSnapshot(base) : null;
  const source = fromVersion?.ok ? fromVersion.value : programmeNowOf(rows, programme.id);
  if (!source) {
    c.get().showNotice({ key: 'reviewPackage.noSubject' }, 'error');
    return false;
  }
  return exportPackage(c, rows, {
    programmeId: programme.id,
    source,
    subject: { kind: 'scenario', scenarioId: scenario.id, name: scenario.name },
    base: fromVersion?.ok ? base : null,
  });
}

/** The store commands of the area. */
export const reviewPackageCommands = {
  /** Saves a version of the programme as a review package (*Reviewpakket maken*). */
  'review/export-version': exportVersion,

  /** Saves a scenario as a review package (for the Scenario's screen: *Reviewpakket maken*). */
  'review/export-scenario': exportScenario,

  /**
   * *Reviewpakket met mijn besluiten*: the version or scenario of the package this computer
   * read last for the programme on screen, with this programme's decisions and comments now.
   */
  'review/export-back': async (c: CommandContext): Promise<boolean> => {
    const id = c.get().liveData?.programme.id;
    const last = id === undefined ? null : readRememberedPackage(id);
    if (!last) {
      c.get().showNotice({ key: 'reviewPackage.noSubject' }, 'error');
      return false;
    }
    return last.subject.kind === 'version'
      ? exportVersion(c, last.subject.versionId)
      : exportScenario(c, last.subject.scenarioId);
  },

  /**
   * Lets the person pick a package and says what reading it would do (decisions, comments,
   * conflicts); a file that is not a package, was changed after exporting, or belongs to
   * another programme is refused with its Dutch message and changes nothing.
   */
  'review/preview': async (c: CommandContext): Promise<ReviewPreview | null> => {
    const picked = await c.deps.host.openProgrammeFile();
    if (!picked.ok) {
      c.get().showNotice(picked.error, 'error');
      return null;
    }
    if (!picked.value) return null;
    const read = await readReviewPackage(picked.value.name, picked.value.text);
    if (!read.ok) {
      c.get().showNotice(read.error, 'error');
      return null;
    }
    const rows = await readTableRows(c.deps.db);
    const open = c.get().liveData?.programme ?? null;
    const refusal: Message | null = packageRefusal(read.value, rows, open);
    if (refusal) {
      c.get().showNotice(refusal, 'error');
      return null;
    }
    const programmeId = read.value.manifest.programme.id;
    return {
      pkg: read.value,
      plan: planReviewMerge(rows, read.value.rows, programmeId, mergeBaseOf(read.value, rows)),
      newProgramme: !rows.programmes.some((p) => p.id === programmeId),
    };
  },

  /**
   * Reads a previewed package in one undoable step with the person's choices for its conflicts
   * (planned anew from the rows as they are when it is written). On an adopted programme the
   * changes are one amendment whose reason names the package.
   */
  'review/apply': async (
    c: CommandContext,
    preview: ReviewPreview,
    choices: MergeChoices,
  ): Promise<boolean> => {
    const { pkg } = preview;
    const programmeId = pkg.manifest.programme.id;
    const planned: { plan: MergePlan | null } = { plan: null };
    const done = await c.get().undoable(
      { key: 'history.reviewPackage', params: { file: pkg.fileName } },
      async () => {
        const rows = await readTableRows(c.deps.db);
        planned.plan = planReviewMerge(
          rows,
          pkg.rows,
          programmeId,
          mergeBaseOf(pkg, rows),
          choices,
        );
        return [...planned.plan.changes];
      },
      null,
      {
        reason: 'overig',
        explanation: translate('reviewPackage.amended', { file: pkg.fileName }),
      },
    );
    const plan = planned.plan;
    if (!done || plan === null) return false;
    rememberPackage(programmeId, pkg.manifest);
    if (preview.newProgramme) c.get().chooseProgramme(programmeId);
    c.get().showNotice(
      plan.changes.length === 0
        ? { key: 'review.nothingNew', params: { file: pkg.fileName } }
        : { key: 'review.applied', params: { file: pkg.fileName, brings: bringsPhrase(plan) } },
      'info',
      plan.changes.length === 0 ? null : c.get().history.past.at(-1)?.seq,
    );
    return true;
  },
} satisfies CommandMap;
