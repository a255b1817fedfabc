/**
 * The edits of the life cycle as pure functions: a new version of a programme (*Versie opslaan*)
 * and adopting one (*Vaststellen*). Rows and arguments in, the new row or a Dutch refusal out.
 */
import type { ProgrammeSnapshot } from '../domain/snapshot';
import type { Programme } from '../domain/schemas';
import type { IsoDate } from '../domain/units';
import { Version } from '../domain/versions';
import { versionContent } from '../file/version-content';
import { isoDateProblem } from '../format/dates';
import { formatDate } from '../format/nl';
import { describeFieldIssue } from '../validation/describe';
import { fail, ok, type Result } from '../result';
import type { Message } from '../i18n/translate';
import type { z } from 'zod';

/** The Dutch message for the first problem zod found. */
const problemOf = (error: z.ZodError): Message => {
  const issue = error.issues[0];
  return issue ? describeFieldIssue(issue) : { key: 'validation.invalid', params: { field: '' } };
};

/** What a person gives when saving a version, with the id, moment and name the caller adds. */
export type VersionInput = {
  readonly id: string;
  readonly name: string;
  readonly note: string;
  readonly savedAt: string;
  readonly author: string;
};

/** Why a version's name or note cannot be stored (the dialog and the command say the same). */
export function versionTextProblem(
  name: string,
  note: string,
): { readonly name: Result<string>; readonly note: Result<string> } {
  const parsedName = Version.shape.name.safeParse(name);
  const parsedNote = Version.shape.note.safeParse(note);
  return {
    name:
      name.trim() === ''
        ? fail({ key: 'version.nameRequired' })
        : parsedName.success
          ? ok(parsedName.data)
          : fail(problemOf(parsedName.error)),
    note: parsedNote.success ? ok(parsedNote.data) : fail(problemOf(parsedNote.error)),
  };
}

/**
 * A new version of the programme in `snapshot`, frozen as it stands (`versionContent`): the
 * snapshot must be the one read in the same write, so what is frozen is what is stored.
 */
export function newVersion(snapshot: ProgrammeSnapshot, input: VersionInput): Result<Version> {
  const texts = versionTextProblem(input.name, input.note);
  if (!texts.name.ok) return texts.name;
  if (!texts.note.ok) return texts.note;
  const { format, content } = versionContent(snapshot);
  const parsed = Version.safeParse({
    id: input.id,
    programmeId: snapshot.programme.id,
    name: texts.name.value,
    note: texts.note.value,
    savedAt: input.savedAt,
    author: input.author,
    format,
    content,
  });
  if (!parsed.success) return fail(problemOf(parsed.error));
  return ok(parsed.data);
}

/**
 * A programme of year N is adopted from January N−2 (a programme drafted well ahead) until the
 * end of year N (late, but during its year); any other date is a typing error, said in Dutch.
 */
export function adoptionDateProblem(year: number, on: string): Message | null {
  const from = `${String(year - 2)}-01-01`;
  const to = `${String(year)}-12-31`;
  return on < from || on > to
    ? {
        key: 'version.adoptionRange',
        params: { year, from: formatDate(from as IsoDate), to: formatDate(to as IsoDate) },
      }
    : null;
}

/**
 * The programme adopted with `version` on `on` (*Vaststellen*), or why not: a programme is
 * adopted once, with one of its own versions, on a date that exists.
 */
export function adoptedWith(
  programme: Programme,
  version: Version | null,
  on: string,
): Result<Programme> {
  if (programme.adoption !== null)
    return fail({
      key: 'version.alreadyAdopted',
      params: { date: formatDate(programme.adoption.on) },
    });
  if (version === null) return fail({ key: 'version.notFound' });
  if (version.programmeId !== programme.id)
    return fail({ key: 'version.otherProgramme', params: { name: version.name } });
  const problem = isoDateProblem(on) ?? adoptionDateProblem(programme.year, on);
  if (problem) return fail(problem);
  return ok({ ...programme, adoption: { versionId: version.id, on: on as IsoDate } });
}
