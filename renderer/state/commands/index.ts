import { activityCommands } from './activity';
import { amendmentCommands } from './amendments';
import { budgetCommands } from './budget';
import { combine } from './combine';
import type { CommandContext } from './context';
import { domainCommands } from './domain';
import { fileCommands } from './files';
import { frameCommands } from './frame';
import { mjpCommands } from './mjp';
import { organisationCommands } from './organisation';
import { programmeCommands } from './programme';
import { reviewPackageCommands } from './review-package';
import { reviewCommands } from './review';
import { realisationCommands } from './realisation';
import { teamCommands } from './team';
import { themeCommands } from './theme';
import { versionCommands } from './version';
import { yearEndCommands } from './year-end';
import { yearEndWatchCommands } from './year-end-watch';
import { yearEndPackCommands } from './year-end-pack';

/**
 * Every store command by name (area/verb), one file per area (Actual Budget's handler map in
 * `loot-core/src/server/budget/app.ts`); the slice only wires them to the store's methods.
 */
export const COMMANDS = combine(
  activityCommands,
  teamCommands,
  themeCommands,
  domainCommands,
  organisationCommands,
  programmeCommands,
  frameCommands,
  budgetCommands,
  fileCommands,
  versionCommands,
  mjpCommands,
  amendmentCommands,
  reviewPackageCommands,
  reviewCommands,
  realisationCommands,
  yearEndCommands,
  yearEndWatchCommands,
  yearEndPackCommands,
);

/** The store commands' map. */
export type Commands = typeof COMMANDS;

/** The name of a store command. */
export type StoreCommandName = keyof Commands;

/** A store command with its context bound: what a screen calls. */
export type Bound<K extends StoreCommandName> = Commands[K] extends (
  c: CommandContext,
  ...args: infer A
) => infer R
  ? (...args: A) => R
  : never;

/** Binds a store command to its context. */
export function bindCommand<K extends StoreCommandName>(c: CommandContext, name: K): Bound<K> {
  const command = COMMANDS[name] as (c: CommandContext, ...args: unknown[]) => unknown;
  return ((...args: unknown[]) => command(c, ...args)) as Bound<K>;
}
