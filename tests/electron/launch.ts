import path from 'node:path';
import { HOME_SWITCH, homePaths } from '../../electron/main/paths';

/**
 * How the desktop suite starts Koers: on the repository, with a home folder of its own
 * (`--koers-home`, read by the main process), so the database, the settings and the backups
 * all land in that folder and never in the tester's own Documents. The environment is the
 * tester's without ELECTRON_RUN_AS_NODE, which would make Electron run `.` as a script.
 */
export function launchOptions(
  executablePath: string,
  home: string,
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): { executablePath: string; args: string[]; cwd: string; env: Record<string, string> } {
  const clean: Record<string, string> = {};
  for (const [name, value] of Object.entries(env))
    if (value !== undefined && name !== 'ELECTRON_RUN_AS_NODE') clean[name] = value;
  return { executablePath, args: ['.', `${HOME_SWITCH}=${home}`], cwd, env: clean };
}

/** The folder Koers writes its backups to when started with `launchOptions` on that home. */
export function backupsFolderIn(home: string): string {
  const paths = homePaths([`${HOME_SWITCH}=${home}`], home);
  if (!paths) throw new Error('geen thuismap');
  return path.join(paths.documents, 'Koers', 'Back-ups');
}
