import path from 'node:path';

/** The command-line switch that gives Koers a home folder of its own (the desktop tests use it). */
export const HOME_SWITCH = '--koers-home';

/** The app paths Koers moves into that home; every file Koers writes lies under one of them. */
export type HomePaths = {
  readonly home: string;
  readonly appData: string;
  readonly userData: string;
  readonly documents: string;
  readonly downloads: string;
  readonly desktop: string;
};

/**
 * The app paths under the folder given as `--koers-home=<folder>`, or null without the switch:
 * the database and settings (userData), the backups (Documents) and the save dialogs' start
 * folders then all stay inside it, so a test run never touches the tester's own files.
 */
export function homePaths(argv: readonly string[], cwd: string): HomePaths | null {
  const arg = argv.find((a) => a.startsWith(`${HOME_SWITCH}=`));
  const value = arg?.slice(HOME_SWITCH.length + 1) ?? '';
  if (value === '') return null;
  const home = path.resolve(cwd, value);
  const appData = path.join(home, 'config');
  return {
    home,
    appData,
    userData: path.join(appData, 'Koers'),
    documents: path.join(home, 'Documents'),
    downloads: path.join(home, 'Downloads'),
    desktop: path.join(home, 'Desktop'),
  };
}

/**
 * Points the app's paths into the home folder of `--koers-home` when it is given. Must run
 * before the ready event and before the single-instance lock, which lives in userData.
 */
export function applyHome(
  app: { setPath(name: keyof HomePaths, value: string): void },
  argv: readonly string[],
  cwd: string,
): HomePaths | null {
  const paths = homePaths(argv, cwd);
  if (paths)
    for (const name of Object.keys(paths) as (keyof HomePaths)[]) app.setPath(name, paths[name]);
  return paths;
}
