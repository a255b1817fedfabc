// Where Electron's binary is, without downloading it. `require('electron')` downloads a missing
// binary as a side effect (electron/index.js), so the tests and scripts ask here first.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two folders above this script). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The electron package's folder. */
export const ELECTRON_DIR = path.join(ROOT, 'node_modules', 'electron');

/** The Electron executable when it is installed, else null (same rules as electron/index.js). */
export function electronBinaryPath() {
  const pathFile = path.join(ELECTRON_DIR, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = readFileSync(pathFile, 'utf8').trim();
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(ELECTRON_DIR, 'dist');
  const full = path.join(dist, executable);
  return executable !== '' && existsSync(full) ? full : null;
}
