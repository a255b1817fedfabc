import { existsSync } from 'node:fs';
import path from 'node:path';
import { electronBinaryPath, ROOT } from '../../build/scripts/electron-binary.mjs';

/** Why the desktop suite cannot run on a machine without Electron's binary, in plain words. */
export const MISSING_BINARY =
  'Electron-binary ontbreekt (node_modules/electron/dist): deze machine kan hem niet downloaden; ' +
  'draai `node build/scripts/ensure-electron.mjs` op een machine met internet';

/**
 * Where the Electron binary is, or in plain words why the desktop suite cannot run here.
 * Never calls require('electron'): that downloads a missing binary as a side effect.
 */
export function electronBinary(): { path: string } | { missing: string } {
  const binary = electronBinaryPath();
  if (binary === null) return { missing: MISSING_BINARY };
  if (!existsSync(path.join(ROOT, 'dist', 'electron', 'main.cjs')))
    return { missing: 'dist/electron/main.cjs ontbreekt: draai eerst `npm run build`' };
  if (!existsSync(path.join(ROOT, 'dist', 'renderer', 'index.html')))
    return { missing: 'dist/renderer/index.html ontbreekt: draai eerst `npm run build`' };
  return { path: binary };
}
