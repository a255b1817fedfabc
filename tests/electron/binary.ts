import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Where the Electron binary is, or in plain words why the desktop suite cannot run here. */
export function electronBinary(): { path: string } | { missing: string } {
  const dir = path.resolve('node_modules/electron');
  const pathFile = path.join(dir, 'path.txt');
  if (
    !existsSync(pathFile) ||
    !existsSync(path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim()))
  )
    return {
      missing:
        'de Electron-binary ontbreekt (node_modules/electron/dist); deze machine kan hem niet downloaden. ' +
        'Draai `node build/scripts/ensure-electron.mjs` op een machine met internet om deze suite te draaien.',
    };
  if (!existsSync('dist/electron/main.cjs'))
    return { missing: 'dist/electron/main.cjs ontbreekt: draai eerst `npm run build`.' };
  return { path: createRequire(import.meta.url)('electron') as string };
}
