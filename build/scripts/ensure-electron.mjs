// Makes sure the Electron binary is there. npm does not run dependencies' install scripts here
// (see allowScripts in package.json), so the first start downloads it with Electron's own script.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const dir = path.resolve('node_modules/electron');
const pathFile = path.join(dir, 'path.txt');
const binary = () =>
  existsSync(pathFile) && existsSync(path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim()));

if (!binary()) {
  console.log('Electron wordt gedownload (eenmalig) … / Downloading Electron (once) …');
  const run = spawnSync(process.execPath, [path.join(dir, 'install.js')], { stdio: 'inherit' });
  if (run.status !== 0 || !binary()) {
    console.error(
      'Electron kon niet worden gedownload; zonder internet start alleen `npm run web`.\n' +
        'Electron could not be downloaded; without internet only `npm run web` works.',
    );
    process.exit(1);
  }
}
