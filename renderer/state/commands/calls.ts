import type { Lever } from '../../../shared/budget/gap-levers';
import type { Path } from '../../../shared/delta/delta';
import type { Mjp, Theme } from '../../../shared/domain/schemas';
import type { MjpPatch } from '../../../shared/edit/mjp';
import type { TableName } from '../../db/koers-db';
import type { CopyChoices, CopyIds } from '../../../shared/edit/copy-forward';
import type { CommentInput, DecisionInput } from '../../../shared/review/edits';

/** Who made the forces of one step, and when, with the ids of their decisions (one per force). */
export type DecisionStamp = {
  readonly ids: readonly string[];
  readonly programmeId: string;
  readonly author: string;
  readonly at: string;
};

/**
 * A command as data: its name and its arguments (JSON). Fields hand the store a call, not a
 * closure, so a pending edit can be journalled and replayed after a reload (journal.ts), and
 * later carried by a review package or a sync engine.
 */
export type CommandCall =
  | { readonly name: 'row/set'; readonly args: readonly [TableName, string, Path, unknown] }
  | {
      readonly name: 'row/patch';
      readonly args: readonly [TableName, string, Record<string, unknown>];
    }
  | {
      readonly name: 'row/set-many';
      readonly args: readonly [TableName, string, readonly (readonly [Path, unknown])[]];
    }
  | {
      readonly name: 'scheme/ratio';
      readonly args: readonly [string, string, string, number];
    }
  | {
      readonly name: 'team-capacity/set';
      readonly args: readonly [string, string, 'formationFte' | 'staffedFte', number];
    }
  | { readonly name: 'activity/team-hours'; readonly args: readonly [string, string, number] }
  | {
      readonly name: 'activity/month-hours';
      readonly args: readonly [string, string, string, number];
    }
  | { readonly name: 'activity/secondary-theme'; readonly args: readonly [string, string, boolean] }
  | {
      readonly name: 'activity/output-set';
      /** Activity id, output id, field, value. */
      readonly args: readonly [
        string,
        string,
        'kind' | 'title' | 'plannedMonth' | 'publishedOn' | 'publishedTitle',
        string | null,
      ];
    }
  /** Activity id and the new output's id (made by the caller, so a replay adds the same one). */
  | { readonly name: 'activity/output-add'; readonly args: readonly [string, string] }
  | { readonly name: 'activity/output-remove'; readonly args: readonly [string, string] }
  | {
      /** Forces several activities in one step (and confirms the funding of those named). */
      readonly name: 'activity/forces';
      readonly args: readonly [
        readonly (readonly [string, { mode: 'in' | 'out'; reason: string } | null])[],
        readonly string[],
      ];
    }
  | {
      readonly name: 'cost-model/mix-share';
      readonly args: readonly [string, string, number, number];
    }
  | { readonly name: 'budget/follow-lever'; readonly args: readonly [string, Lever, string] }
  | {
      /** Version id, programme id, name, note, saved at, author (made by the caller: a replay is the same). */
      readonly name: 'version/save';
      readonly args: readonly [string, string, string, string, string, string];
    }
  /** Programme id, version id, the date of adoption (ISO). */
  | { readonly name: 'version/adopt'; readonly args: readonly [string, string, string] }
  /** A new MJP with its first focuses and themes (rows with their ids, so a replay adds the same). */
  | { readonly name: 'mjp/add'; readonly args: readonly [Mjp, readonly Theme[]] }
  /** An MJP's name or period (MJP id, the fields). */
  | { readonly name: 'mjp/update'; readonly args: readonly [string, MjpPatch] }
  /** A new focus, theme or goal of any MJP of the organisation (the row, with its id). */
  | { readonly name: 'mjp/theme-add'; readonly args: readonly [Theme] }
  /** New orders of an MJP's entries (theme id, order): a move up or down. */
  | {
      readonly name: 'mjp/theme-order';
      readonly args: readonly [readonly (readonly [string, number])[]];
    }
  | {
      /** Year N+1 from programme N (its id), with the choices and the new rows' ids made up front. */
      readonly name: 'programme/copy-forward';
      readonly args: readonly [string, CopyChoices, CopyIds];
    }
  /** A decision on an activity (issue 12); erin/eruit set its force in the same step. */
  | { readonly name: 'review/decide'; readonly args: readonly [DecisionInput] }
  /** A force lifted, recorded as a decision (issue 12). */
  | {
      readonly name: 'review/release';
      readonly args: readonly [Omit<DecisionInput, 'kind' | 'reason'>];
    }
  /**
   * Forces several activities (as `activity/forces`) and records each force as a decision with
   * its author and date, in one step (issue 12): the best selection adopted, a what-if applied.
   */
  | {
      readonly name: 'review/forces';
      readonly args: readonly [
        readonly (readonly [string, { mode: 'in' | 'out'; reason: string } | null])[],
        readonly string[],
        DecisionStamp,
      ];
    }
  /** A comment, or a reply, in an activity's thread (issue 12). */
  | { readonly name: 'review/comment'; readonly args: readonly [CommentInput] };

/** The name of a command. */
export type CommandName = CommandCall['name'];

/** Sets one field of a row, addressed by its path (list items by id): the usual field edit. */
export const setField = (
  table: TableName,
  key: string,
  path: Path,
  value: unknown,
): CommandCall => ({
  name: 'row/set',
  args: [table, key, path, value],
});

/** Sets top-level fields of a row, read anew when the command runs. */
export const patchRow = (
  table: TableName,
  key: string,
  patch: Record<string, unknown>,
): CommandCall => ({ name: 'row/patch', args: [table, key, patch] });

/**
 * Forces several activities in or out (null releases) as one undoable step, and confirms the
 * funding of the activities in `confirm` (a what-if that brings in work *onder voorbehoud*).
 */
export const forceMany = (
  forces: readonly (readonly [string, { mode: 'in' | 'out'; reason: string } | null])[],
  confirm: readonly string[] = [],
): CommandCall => ({ name: 'activity/forces', args: [forces, confirm] });
/** Follows one lever of "Wat sluit het tekort?" (issue 9): one row changed, one undoable step. */
export const followLever = (programmeId: string, lever: Lever, reason: string): CommandCall => ({
  name: 'budget/follow-lever',
  args: [programmeId, lever, reason],
});

/** Saves the programme as it is stored now as a new version (*Versie opslaan*, issue 10). */
export const saveVersion = (
  versionId: string,
  programmeId: string,
  name: string,
  note: string,
  savedAt: string,
  author: string,
): CommandCall => ({
  name: 'version/save',
  args: [versionId, programmeId, name, note, savedAt, author],
});

/** Adopts a version of the programme on a date (*Vaststellen*, issue 10). */
export const adoptVersion = (programmeId: string, versionId: string, on: string): CommandCall => ({
  name: 'version/adopt',
  args: [programmeId, versionId, on],
});

/** The row a command changes, where it changes one (null: several, or not known up front). */
export function targetOf(call: CommandCall): { table: TableName; key: string } | null {
  switch (call.name) {
    case 'row/set':
    case 'row/patch':
    case 'row/set-many':
      return { table: call.args[0], key: call.args[1] };
    case 'scheme/ratio':
    case 'team-capacity/set':
    case 'cost-model/mix-share':
    case 'budget/follow-lever':
      return { table: 'programmes', key: call.args[0] };
    case 'version/adopt':
      return { table: 'programmes', key: call.args[0] };
    case 'version/save':
      return { table: 'versions', key: call.args[0] };
    case 'activity/forces':
    case 'review/forces':
    case 'mjp/theme-order':
    case 'programme/copy-forward':
      return null;
    case 'mjp/add':
      return { table: 'mjps', key: call.args[0].id };
    case 'mjp/update':
      return { table: 'mjps', key: call.args[0] };
    case 'mjp/theme-add':
      return { table: 'themes', key: call.args[0].id };
    case 'review/decide':
    case 'review/release':
      return { table: 'decisions', key: call.args[0].id };
    case 'review/comment':
      return { table: 'comments', key: call.args[0].id };
    default:
      return { table: 'activities', key: call.args[0] };
  }
}
