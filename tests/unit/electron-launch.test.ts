import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { homePaths } from '../../electron/main/paths';
import { electronBinary, MISSING_BINARY } from '../electron/binary';
import { backupsFolderIn, launchOptions } from '../electron/launch';

// The seams of the desktop suite (tests/electron), which cannot run where Electron's binary
// cannot be downloaded: how it starts Koers, and what it says when it cannot.
describe('the desktop suite', () => {
  const home = path.join(path.sep, 'tmp', 'koers-electron-abc');

  it('starts Koers with a home of its own, and main puts every app path inside it', () => {
    const options = launchOptions('/x/electron', home, '/repo', {});
    expect(options.args).toEqual(['.', `--koers-home=${home}`]);
    expect(options.cwd).toBe('/repo');
    // What main does with exactly these arguments (electron/main/paths.ts).
    const paths = homePaths(['/x/electron', ...options.args], '/repo')!;
    for (const value of Object.values(paths)) expect(value.startsWith(home)).toBe(true);
    expect(backupsFolderIn(home)).toBe(path.join(home, 'Documents', 'Koers', 'Back-ups'));
    expect(backupsFolderIn(home).startsWith(paths.documents)).toBe(true);
  });

  it('passes the environment on without ELECTRON_RUN_AS_NODE', () => {
    const options = launchOptions('/x/electron', home, '/repo', {
      ELECTRON_RUN_AS_NODE: '1',
      PATH: '/usr/bin',
      EMPTY: undefined,
    });
    expect(options.env).toEqual({ PATH: '/usr/bin' });
  });

  it('without the binary is skipped with a plain reason', () => {
    const found = electronBinary();
    // Here the binary cannot be downloaded; where it exists the suite runs instead.
    if ('missing' in found) expect(found.missing).toMatch(/ontbreekt/);
    else expect(found.path).not.toBe('');
    expect(MISSING_BINARY).toContain('node_modules/electron/dist');
  });
});
