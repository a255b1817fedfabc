// Makes sure Electron's binary is there. npm does not run dependencies' install scripts here
// (see allowScripts in package.json), so the first start or `npm run dist` downloads it with
// Electron's own install script. On a machine without internet this fails with a plain message.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELECTRON_DIR, electronBinaryPath } from './electron-binary.mjs';

/** Downloads the binary when missing; true when it is there afterwards. */
export function ensureElectron() {
  if (electronBinaryPath() !== null) return true;
  console.log('Electron wordt eenmalig gedownload … / Downloading Electron (once) …');
  const run = spawnSync(process.execPath, [path.join(ELECTRON_DIR, 'install.js')], {
    stdio: 'inherit',
  });
  if (run.status === 0 && electronBinaryPath() !== null) return true;
  console.error(
    [
      '',
      'Electron kon niet worden gedownload. Daarvoor is eenmalig internet nodig (github.com of de',
      'spiegel in ELECTRON_MIRROR). Zonder Electron werkt Koers in de browser: `npm run web`.',
      '',
      'Electron could not be downloaded. That needs internet once (github.com, or the mirror in',
      'ELECTRON_MIRROR). Without Electron, Koers runs in the browser: `npm run web`.',
    ].join('\n'),
  );
  return false;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(ensureElectron() ? 0 : 1);
