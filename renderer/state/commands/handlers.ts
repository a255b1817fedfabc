import type { Mutation } from '../types';
import { activityEdits } from './activity';
import { budgetEdits } from './budget';
import type { CommandCall } from './calls';
import { combine } from './combine';
import type { EditsOf } from './context';
import { mjpEdits } from './mjp';
import { programmeEdits } from './programme';
import { reviewEdits } from './review';
import { rowEdits } from './row';
import { teamEdits } from './team';
import { versionEdits } from './version';

/**
 * Every data command (a call as data, journalled until written), by name, from the areas'
 * files: what it changes, given the rows as they are when it runs. The type says each name of
 * `CommandCall` has its handler; `combine` refuses a name two areas define.
 */
export const EDITS: EditsOf<CommandCall['name']> = combine(
  rowEdits,
  activityEdits,
  teamEdits,
  programmeEdits,
  budgetEdits,
  versionEdits,
  mjpEdits,
  reviewEdits,
);

/** The mutation a command call makes. */
export function mutationOf(call: CommandCall): Mutation {
  const handler = EDITS[call.name] as (...args: readonly unknown[]) => Mutation;
  return handler(...call.args);
}
